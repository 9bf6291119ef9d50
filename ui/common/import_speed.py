"""Take back the time PySide6 adds to every import that follows it.

To support its opt-in `from __feature__ import snake_case, true_property`, PySide6 6.x hooks
`import` and, after each module loads, reads that module's whole source file to see whether
it mentions "PySide6" (shibokensupport.feature._mod_uses_pyside, PYSIDE-2029). Lokakarya
never selects a feature, so the answer changes nothing: every module keeps PySide6's default
behaviour either way. It only costs ~0.2 ms per module, ~30 ms of each start-up (the store,
the pages) and more when reports load reportlab. The check is replaced by "no", the answer
PySide6 itself gives for modules it cannot read (a packaged app's). A module that does select
a feature is still registered by that import; a PySide6 without this internal is left alone.

Importing this module does it: `import ui.common.import_speed` first thing where the app starts.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401 (installs the hook switched off below)

FEATURE_MODULE = "shibokensupport.feature"


def _selects_no_feature(_module: object) -> bool:
    return False


def skip_pyside_source_scan() -> bool:
    """Call once PySide6 is imported; True when the scan was switched off."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _selects_no_feature
    return True


skip_pyside_source_scan()
