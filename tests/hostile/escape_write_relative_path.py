# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: 'loopscope-hostile-canary-relative' for writing
# why: changes folder to /tmp and writes with a relative name
import os

os.chdir("/tmp")
open("loopscope-hostile-canary-relative", "w").write("escaped")
