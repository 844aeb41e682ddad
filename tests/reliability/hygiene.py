#!/usr/bin/env python3
"""Secret hygiene: a full latchkeyctl session (profile with --secret-stdin, create, rename,
expire, copy, inspect offline and online, revoke, listing with the server stopped), then a scan of every file under
the private XDG folders and of all captured output for token values, the app secret and
access tokens; file modes; and core dumps refused (PR_SET_DUMPABLE off).

usage: hygiene.py LATCHKEYCTL LATCHKEY_SANDBOX"""
import os
import pty
import re
import resource
import select
import signal
import stat
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ctlrig import Rig  # noqa: E402

PAT = re.compile(r"pat_[0-9A-Za-z]{32}")
JWT = re.compile(r"eyJ[0-9A-Za-z_-]{8,}\.[0-9A-Za-z_-]{8,}\.")


def core_dumped(argv, cwd, env, prompt, timeout=120):
    """Runs argv with core dumps allowed and a terminal on stdin, waits until it shows
    prompt on stderr (it then sits at a read of its terminal), sends SIGABRT and tells
    whether the kernel wrote a core."""
    def allow_core():
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=slave,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                preexec_fn=allow_core)
        os.close(slave)
        slave = None
        seen = b""
        deadline = time.monotonic() + timeout
        while prompt.encode() not in seen:
            left = deadline - time.monotonic()
            if left <= 0:
                proc.kill()
                proc.wait()
                raise RuntimeError(f"{argv[0]} showed no prompt in {timeout} s: {seen!r}")
            readable, _, _ = select.select([proc.stderr], [], [], left)
            if readable:
                chunk = os.read(proc.stderr.fileno(), 4096)
                if not chunk:
                    proc.wait()
                    raise RuntimeError(f"{argv[0]} exited with {proc.returncode} before its "
                                       f"prompt: {seen!r}")
                seen += chunk
        os.kill(proc.pid, signal.SIGABRT)
        _, status, _ = os.wait4(proc.pid, 0)
        proc.returncode = 0
        proc.stderr.close()
        return os.WIFSIGNALED(status) and os.WCOREDUMP(status)
    finally:
        if slave is not None:
            os.close(slave)
        os.close(master)


def main():
    ctl, sandbox = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    rig = Rig(ctl, sandbox, "hygiene")
    problems = []
    outputs = []  # (label, text, allowed values)
    values = []
    try:
        user = rig.first_user()
        r = rig.add_profile(user)
        outputs.append(("profiles add", r.stdout + r.stderr, set()))

        def step(label, *argv, prints_value=False):
            r = rig.run(*argv)
            if r.returncode != 0:
                problems.append(f"{label} failed ({r.returncode}): {r.stderr.strip()}")
            found = PAT.findall(r.stdout)
            allowed = set()
            if prints_value:
                if len(found) != 1:
                    problems.append(f"{label}: expected one value on stdout, got {len(found)}")
                allowed = set(found)
                values.extend(found)
            outputs.append((label + " (stdout)", r.stdout, allowed))
            outputs.append((label + " (stderr)", r.stderr, set()))
            return r

        step("create", "create", "hygiene one", "--expires", "30", prints_value=True)
        step("rename", "rename", "hygiene one", "hygiene two")
        step("expire", "expire", "hygiene two", "60", prints_value=True)
        step("copy", "copy", "hygiene two", prints_value=True)
        # inspect takes the value on stdin and must never echo it (nor the access
        # token the online test obtains with it).
        for label, extra in (("inspect", ()), ("inspect --online", ("--online",)),
                             ("inspect --json", ("--online", "--json"))):
            r = rig.run("inspect", *extra, stdin=values[-1] + "\n")
            if r.returncode != 0:
                problems.append(f"{label} failed ({r.returncode}): {r.stderr.strip()}")
            if "hygiene two" not in r.stdout:
                problems.append(f"{label} did not recognise the token as 'hygiene two'")
            outputs.append((label + " (stdout)", r.stdout, set()))
            outputs.append((label + " (stderr)", r.stderr, set()))
        step("create second", "create", "hygiene three", prints_value=True)
        step("tokens", "tokens")
        step("revoke", "revoke", "hygiene three", "--yes")
        step("users", "users")
        rig.stop_sandbox()
        offline = rig.run("tokens")
        outputs.append(("tokens offline (stdout)", offline.stdout, set()))
        outputs.append(("tokens offline (stderr)", offline.stderr, set()))
        if offline.returncode == 0 or not offline.stderr.strip():
            problems.append("offline listing did not say the server is unreachable")

        secrets = {"app secret": rig.app_secret}
        for n, v in enumerate(values):
            secrets[f"token value {n}"] = v

        # Output: only the intended one value per create/expire/copy, no secret elsewhere.
        for label, text, allowed in outputs:
            for name, secret in secrets.items():
                if secret in text and secret not in allowed:
                    problems.append(f"{name} appears in {label}")
            for match in PAT.findall(text):
                if match not in allowed:
                    problems.append(f"a token value appears in {label}")
            if JWT.search(text):
                problems.append(f"an access token appears in {label}")

        # Files: no secret in any of them; modes 0600 / 0700 for what Latchkey made.
        scanned = 0
        for key in ("home", "config", "data", "cache"):
            base = rig.xdg[key]
            for dirpath, dirnames, filenames in os.walk(base):
                for d in dirnames:
                    mode = stat.S_IMODE(os.stat(os.path.join(dirpath, d)).st_mode)
                    if mode & 0o077:
                        problems.append(f"directory {os.path.join(dirpath, d)} is {oct(mode)}")
                for f in filenames:
                    path = os.path.join(dirpath, f)
                    scanned += 1
                    mode = stat.S_IMODE(os.stat(path).st_mode)
                    if mode & 0o077:
                        problems.append(f"file {path} is {oct(mode)}")
                    with open(path, "rb") as fh:
                        data = fh.read()
                    for name, secret in secrets.items():
                        if secret.encode() in data:
                            problems.append(f"{name} is stored in {path}")
                    if PAT.search(data.decode("latin-1")) or JWT.search(data.decode("latin-1")):
                        problems.append(f"a token or access token is stored in {path}")
        if scanned == 0:
            problems.append("latchkeyctl wrote no files at all: the scan saw nothing")

        # Core dumps: a control process dumps, latchkeyctl (PR_SET_DUMPABLE 0) does not.
        cores = os.path.join(rig.tmp.name, "cores")
        os.makedirs(cores)
        # Both wait at a prompt on their terminal; latchkeyctl has read the app secret from
        # the keychain by then (the session opens before the confirmation question).
        control = [sys.executable, "-c",
                   "import sys; sys.stderr.write('ready? '); sys.stderr.flush(); "
                   "sys.stdin.readline()"]
        english = dict(rig.env, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")
        if not core_dumped(control, cores, english, "ready? "):
            problems.append("the control process wrote no core: this machine cannot show "
                            "whether latchkeyctl refuses core dumps")
        elif core_dumped([ctl, "--profile", rig.profile, "revoke", "hygiene two"], cores,
                         english, "[y/N]"):
            problems.append("latchkeyctl wrote a core dump (PR_SET_DUMPABLE is on)")
        for f in os.listdir(cores):
            os.remove(os.path.join(cores, f))
        print(f"scanned {scanned} files and {len(outputs)} outputs for {len(secrets)} secrets")
        rig.run("revoke", "hygiene two", "--yes") if rig.server else None
        rig.remove_profile()
    finally:
        rig.close()
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
