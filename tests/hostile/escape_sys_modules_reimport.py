# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.system()
# why: deletes os from sys.modules, imports it afresh, then calls os.system
import sys

for name in list(sys.modules):
    if name in ("os", "posix", "subprocess"):
        del sys.modules[name]
import os
os.system("touch /tmp/loopscope-hostile-canary-reimport")
