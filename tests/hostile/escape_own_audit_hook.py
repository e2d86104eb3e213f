# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for writing
# why: adds its own audit hook that swallows every event, then writes a file
import sys

def permissive(event, args):
    return None

sys.addaudithook(permissive)
open("/tmp/loopscope-hostile-canary-hook", "w").write("escaped")
