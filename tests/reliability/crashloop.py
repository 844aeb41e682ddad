#!/usr/bin/env python3
"""Crash safety: SIGKILLs latchkeyctl at random points of create, expire (rotation, also
with an overlap that keeps the old value working for a moment) and revoke, many times,
then checks that no token's plaintext was lost without the user being told, no name is
doubled or left in a rotating state, every old value whose overlap ended was revoked
(the next command does it), and Latchkey's files parse.

usage: crashloop.py LATCHKEYCTL LATCHKEY_SANDBOX [--iterations N] [--seconds S]"""
import argparse
import configparser
import glob
import json
import os
import random
import re
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ctlrig import Rig  # noqa: E402

PAT = re.compile(r"pat_[0-9A-Za-z]{32}")
STEPS = ["planned", "created", "cached", "old-deleted", "old-forgotten", "renamed"]
# With --keep-old; "old-deleted" is then the revocation a later command performs.
OVERLAP_STEPS = ["planned", "created", "cached", "old-set-aside", "renamed", "revocation-due",
                 "old-deleted"]
OVERLAP = 2  # seconds the old value keeps working
GENERATE_STEPS = ["generate-planned", "generate-created"]


def wait_for_journal(rig):
    """Waits until the next command can settle everything in the journal: every planned
    revocation is due (its revokeOldAt has passed), and every lock a killed run left is
    old enough to be taken over (RotationJournal::claim takes an empty one once it is a
    second old)."""
    folder = glob.glob(os.path.join(rig.xdg["data"], "**", "journal"), recursive=True)
    ready = time.time()
    for directory in folder:
        for path in glob.glob(os.path.join(directory, "*.lock")):
            ready = max(ready, os.path.getmtime(path) + 1.1)
        for path in glob.glob(os.path.join(directory, "*.json")):
            try:
                with open(path) as f:
                    revoke_at = json.load(f).get("revokeOldAt")
            except ValueError:
                continue  # the final check reports a journal that does not parse
            if isinstance(revoke_at, (int, float)):
                ready = max(ready, revoke_at / 1000 + 0.1)
    time.sleep(min(max(0.0, ready - time.time()), 60))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ctl")
    parser.add_argument("sandbox")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(f"seed {args.seed}")

    rig = Rig(args.ctl, args.sandbox, "crashloop")
    problems = []
    try:
        user = rig.first_user()
        rig.add_profile(user)
        seen_values = set()  # every plaintext printed on stdout, by any run
        told = set()         # names the user was warned about on stderr
        names = []           # names we created (some may have been killed)
        counts = {"create": 0, "expire": 0, "overlap": 0, "revoke": 0, "killed": 0,
                  "step-kill": 0}
        # Kill points spread over a whole run: calibrate on two runs that are not killed.
        durations = []
        for k in range(2):
            t0 = time.monotonic()
            r = rig.run("create", f"calibrate {k}", "--expires", "30")
            durations.append(time.monotonic() - t0)
            seen_values.update(PAT.findall(r.stdout))
        span = max(durations) * 1.2
        print(f"an unkilled create takes {min(durations):.2f}-{max(durations):.2f} s")
        started = time.monotonic()
        i = 0
        while i < args.iterations and time.monotonic() - started < args.seconds:
            i += 1
            op = (rng.choice(["create", "create", "expire", "overlap", "revoke"]) if names
                  else "create")
            extra = {}
            if op == "create":
                name = f"crash {i}"
                names.append(name)
                argv = ["create", name, "--expires", "30"]
            else:
                name = rng.choice(names)
                argv = (["expire", name, str(rng.randint(1, 90))] if op == "expire"
                        else ["expire", name, str(rng.randint(1, 90)), "--keep-old",
                              f"{OVERLAP}s"] if op == "overlap"
                        else ["revoke", name, "--yes"])
            counts[op] += 1
            if op != "revoke" and rng.random() < 0.3:
                # Deterministic kills right after each journaled step.
                steps = {"expire": STEPS, "overlap": OVERLAP_STEPS}.get(op, GENERATE_STEPS)
                extra["LATCHKEY_TEST_CRASH_AT_STEP"] = rng.choice(steps)
                counts["step-kill"] += 1
            env = dict(rig.env)
            env.update(extra)
            proc = subprocess.Popen([rig.ctl, "--profile", rig.profile, *argv],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    env=env)
            try:
                proc.wait(timeout=60 if extra else rng.uniform(0.0, span))
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                counts["killed"] += 1
            out, err = proc.communicate(timeout=60)
            if extra and proc.returncode == -signal.SIGKILL:
                counts["killed"] += 1
            seen_values.update(PAT.findall(out))
            if PAT.search(err):
                problems.append(f"iteration {i}: a token value on stderr")
            if "may have created" in err:
                told.add(name)

        # The next start finishes what the kills left (any command resumes pending rotations),
        # and revokes the old values whose overlap has ended; an overlap that start settles
        # ends after it, and a second command revokes that one. Each waits for what the
        # journal says it needs (wait_for_journal).
        wait_for_journal(rig)
        settled = rig.run("tokens")
        if settled.returncode != 0:
            problems.append(f"tokens after the loop failed: {settled.stderr.strip()}")
        wait_for_journal(rig)
        final = rig.run("tokens")
        if final.returncode != 0:
            problems.append(f"tokens after the loop failed: {final.stderr.strip()}")

        tokens = rig.server_tokens(user)
        by_name = {}
        for t in tokens:
            by_name.setdefault(t["name"], []).append(t)
        for name, group in by_name.items():
            if len(group) > 1:
                problems.append(f"{len(group)} tokens named {name!r}")
            if "(rotating" in name:
                problems.append(f"a rotation left {name!r} behind")
            if "(replaced" in name:
                problems.append(f"the old value {name!r} outlived its overlap")
        lost = 0
        for t in tokens:
            if not t["name"].startswith(("crash ", "calibrate ")) or "(replaced" in t["name"]:
                continue
            if t["value"] in seen_values:
                continue
            copied = rig.run("copy", t["name"])
            if t["value"] in copied.stdout:
                continue
            if t["name"] in told:
                continue
            lost += 1
            problems.append(f"token {t['name']!r} is on the server, its value was never printed, "
                            f"is not in the keychain, and nobody was told")

        # Every file Latchkey keeps must parse.
        for path in glob.glob(os.path.join(rig.xdg["config"], "**", "*"), recursive=True):
            if path.endswith((".conf", ".ini")):
                try:
                    configparser.RawConfigParser(strict=False).read(path)
                except configparser.Error as error:
                    problems.append(f"{path} does not parse: {error}")
        journals = glob.glob(os.path.join(rig.xdg["data"], "**", "journal", "*.json"),
                             recursive=True)
        for path in journals:
            try:
                with open(path) as f:
                    json.load(f)
            except ValueError as error:
                problems.append(f"{path} does not parse: {error}")
            problems.append(f"{path} still pending after the next starts, which said: "
                            f"{settled.stderr.strip()!r} and {final.stderr.strip()!r}")

        print(f"iterations {i} in {time.monotonic() - started:.0f} s: {counts}; "
              f"server tokens {len(tokens)}, values printed {len(seen_values)}, "
              f"warned {len(told)}, lost {lost}")
        rig.remove_profile()
    finally:
        rig.close()
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
