#!/usr/bin/env python3
"""Runs the fault matrix (tst_faults) as N processes at once, each every N-th cell
(LATCHKEY_FAULT_SHARD=i/N), and fails when any of them fails. The matrix mostly waits
out timeouts and Retry-After: as one ctest test it holds one slot of the suite's -j
while its shards wait side by side, instead of a slot per shard.

usage: faultshards.py TST_FAULTS N"""
import os
import subprocess
import sys


def main():
    program, count = sys.argv[1], int(sys.argv[2])
    shards = []
    for index in range(count):
        env = dict(os.environ, LATCHKEY_FAULT_SHARD=f"{index}/{count}")
        shards.append(subprocess.Popen([program], env=env, stdout=subprocess.PIPE,
                                       stderr=subprocess.STDOUT, text=True))
    failed = []
    for index, shard in enumerate(shards):
        output, _ = shard.communicate()
        print(f"== shard {index}/{count}: exit {shard.returncode}")
        print(output, end="")
        if shard.returncode != 0:
            failed.append(index)
    if failed:
        print(f"== failed shards: {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
