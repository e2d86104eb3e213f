# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.symlink()
# why: makes a symbolic link to /etc/passwd
import os

os.symlink("/etc/passwd", "/tmp/loopscope-hostile-canary-link")
