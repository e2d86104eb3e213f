# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for writing
# why: creates a file with os.open(O_CREAT | O_WRONLY)
import os

fd = os.open("/tmp/loopscope-hostile-canary-osopen", os.O_CREAT | os.O_WRONLY, 0o644)
os.write(fd, b"escaped")
