# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for writing
# why: replaces sys.addaudithook and sys.audit, then writes a file
import sys

sys.addaudithook = lambda hook: None
sys.audit = lambda *args: None
sys.addaudithook(lambda *args: None)
with open("/tmp/loopscope-hostile-canary-audit", "w") as f:
    f.write("escaped")
