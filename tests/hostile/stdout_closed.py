# expect: exit 0
# stderr: after close
# stdout: before close
# why: closes sys.stdout and keeps printing to stderr
import sys

print("before close", flush=True)
sys.stdout.close()
print("after close", file=sys.stderr)
