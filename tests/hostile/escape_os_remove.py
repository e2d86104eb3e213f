# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.remove()
# why: deletes a file with os.remove
import os

os.remove("/tmp/loopscope-hostile-canary-remove")
