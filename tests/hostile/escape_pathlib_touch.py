# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused
# why: pathlib.Path.touch
import pathlib

pathlib.Path("/tmp/loopscope-hostile-canary-touch").touch()
