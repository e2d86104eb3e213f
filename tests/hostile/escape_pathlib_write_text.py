# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for writing
# why: pathlib.Path.write_text
import pathlib

pathlib.Path("/tmp/loopscope-hostile-canary-pathlib").write_text("escaped")
