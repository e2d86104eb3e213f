# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused
# why: _testcapi.run_in_subinterp
import _testcapi

_testcapi.run_in_subinterp("open('/tmp/loopscope-hostile-canary-testcapi', 'w').write('escaped')")
