"""Helper for test_instance_race.py: wait for the start signal, try to take the data folder's
lock, print WON or LOST, and (when it won) hold the lock until stdin closes."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from ui.common.instance_lock import InstanceLock, StoreInUseError  # noqa: E402


def main() -> None:
    data_dir, start_at = Path(sys.argv[1]), float(sys.argv[2])
    lock = InstanceLock(data_dir)
    time.sleep(max(0.0, start_at - time.time()))  # both racers start at the same moment
    try:
        lock.acquire()
    except StoreInUseError as error:
        print(f"LOST {error.pid}", flush=True)
        return
    print(f"WON {os.getpid()}", flush=True)
    sys.stdin.read()  # hold it until the test lets go (or kills us)
    lock.release()


if __name__ == "__main__":
    main()
