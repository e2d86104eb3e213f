# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused shutil.rmtree()
# why: shutil.rmtree on a folder
import shutil

shutil.rmtree("/tmp/loopscope-hostile-canary-tree")
