# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for writing
# why: opens a file for appending through io.open
import io

io.open("/tmp/loopscope-hostile-canary-io", "a").write("escaped")
