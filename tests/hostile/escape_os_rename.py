# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.rename()
# why: renames a file
import os

os.rename("/tmp/loopscope-hostile-canary-a", "/tmp/loopscope-hostile-canary-b")
