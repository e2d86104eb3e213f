# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused to start a thread
# why: starts a threading.Thread
import threading

t = threading.Thread(target=print, args=("from a thread",))
t.start()
t.join()
