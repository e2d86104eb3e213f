# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused
# why: loads _ctypes by hand from its file with importlib.util
import importlib.machinery
import importlib.util
import sys

for folder in sys.path:
    try:
        spec = importlib.machinery.PathFinder.find_spec("_ctypes", [folder])
    except Exception:
        spec = None
    if spec:
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print("loaded", module)
        break
