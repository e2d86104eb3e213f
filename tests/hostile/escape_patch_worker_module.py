# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for writing
# why: overwrites every function of Loopscope's worker modules, then writes a file
import sys

for name in list(sys.modules):
    if "loopscope" in name:
        module = sys.modules[name]
        for attr in list(vars(module)):
            if callable(getattr(module, attr)) and not attr.startswith("__"):
                try:
                    setattr(module, attr, lambda *a, **k: None)
                except Exception:
                    pass
open("/tmp/loopscope-hostile-canary-patched", "w").write("escaped")
