# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.system()
# why: calls posix.system instead of os.system
import posix

posix.system("touch /tmp/loopscope-hostile-canary-posix")
