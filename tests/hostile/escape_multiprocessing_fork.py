# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused
# why: multiprocessing.Process with the default (fork) start method
import multiprocessing

process = multiprocessing.Process(target=print, args=("from the child",))
process.start()
process.join()
