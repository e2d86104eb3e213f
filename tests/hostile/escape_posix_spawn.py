# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.posix_spawn()
# why: os.posix_spawn
import os

os.posix_spawn("/usr/bin/touch", ["touch", "/tmp/loopscope-hostile-canary-spawn"], {})
