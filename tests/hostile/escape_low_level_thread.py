# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused to start a thread
# why: _thread.start_new_thread
import _thread

_thread.start_new_thread(print, ("from a thread",))
