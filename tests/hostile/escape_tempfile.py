# expect: exit 1
# stderr: FileNotFoundError: [Errno 2] No usable temporary directory found
# why: tempfile.mkstemp: every candidate folder refuses, so tempfile finds none
import tempfile

print(tempfile.mkstemp(prefix="loopscope-hostile-canary-"))
