# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for writing
# why: replaces sys.modules['os'] with a fake, then writes a file
import sys
import types

sys.modules["os"] = types.ModuleType("os")
with open("/tmp/loopscope-hostile-canary-fake-os", "w") as f:
    f.write("escaped")
