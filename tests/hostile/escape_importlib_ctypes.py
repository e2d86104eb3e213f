# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused to import _ctypes
# why: importlib.import_module('ctypes')
import importlib

ctypes = importlib.import_module("ctypes")
