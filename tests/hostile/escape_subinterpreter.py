# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused
# why: runs code in a fresh subinterpreter, which has no Python-level audit hooks
import _xxsubinterpreters as interpreters

interp = interpreters.create()
interpreters.run_string(interp, "open('/tmp/loopscope-hostile-canary-subinterp', 'w').write('escaped')")
