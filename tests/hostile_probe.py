"""Read one file as the app would, in this fresh process, and print what happened as JSON:
{"outcome": "read" or the refusal's key, "peak_mb": peak resident memory, "seconds": ...}.

    python -m tests.hostile_probe roster|bundle PATH

The peak is VmHWM, the high-water mark of this process's own memory: ru_maxrss would carry
over the memory of the pytest process that started it (Linux keeps it across exec). A 3 GB
ceiling on the address space keeps a regression from taking the machine down with it (it then
fails the test by its peak, or as a crash)."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

CEILING = 3 * 1024**3


def peak_kb() -> int:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(kind: str, path: Path) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CEILING, CEILING))
    if kind == "roster":
        from storage.roster_files import RosterFileError, read_roster_file

        refusal, read = RosterFileError, read_roster_file
    else:
        from storage.bundle_check import BundleError, load_bundle

        def read(path: Path) -> object:
            return load_bundle(path, {})

        refusal = BundleError
    started = time.perf_counter()
    try:
        read(path)
        outcome = "read"
    except refusal as error:
        outcome = error.key
    seconds = time.perf_counter() - started
    peak_mb = peak_kb() / 1024
    print(json.dumps({"outcome": outcome, "peak_mb": round(peak_mb, 1), "seconds": seconds}))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
