# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused subprocess.Popen()
# why: subprocess.run
import subprocess

subprocess.run(["touch", "/tmp/loopscope-hostile-canary-subprocess"])
