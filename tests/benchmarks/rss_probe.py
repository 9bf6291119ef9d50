"""Run a Qt script (main.py or bare_window.py) in this process and print its peak RSS.

    python tests/benchmarks/rss_probe.py SCRIPT [ARGS...]

With LOKAKARYA_EXIT_AFTER_SHOW=1 the script quits once ready; then this prints
"vmhwm-kb <n>" (the peak resident set, /proc/self/status VmHWM). With LOKAKARYA_BENCH_OPEN
set to a session id, the app also opens that session before it reports ready (the start-up
hook is wrapped here; ui/ is not changed).
"""

import contextlib
import os
import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def peak_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


session = os.environ.get("LOKAKARYA_BENCH_OPEN")
if session:
    import ui.shell.app

    attach = ui.shell.app.attach_store

    def attach_and_open(window, context, defer_pages: bool = False) -> None:  # noqa: ANN001
        attach(window, context)  # every page built, as the figure "big session open" means
        window.open_session(session)

    ui.shell.app.attach_store = attach_and_open

leave = os._exit


def report_and_leave(status: int) -> None:
    # The app leaves through os._exit after a clean quit (ui/shell/app.exit_now).
    print(f"vmhwm-kb {peak_kb()}", flush=True)
    leave(status)


os._exit = report_and_leave
script = sys.argv[1]
sys.argv = sys.argv[1:]
with contextlib.suppress(SystemExit):
    runpy.run_path(script, run_name="__main__")
report_and_leave(0)
