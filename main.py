"""Lokakarya: plan, run and record offline work-culture training sessions.

`python main.py` opens the app; `python main.py sessions` lists the stored sessions; the
command line is in ui/command_line.py (kept out of this script so its bytecode is cached).
"""

import sys

from ui.command_line import build_parser, main, parse_arguments

__all__ = ["build_parser", "main", "parse_arguments"]

if __name__ == "__main__":
    sys.exit(main())
