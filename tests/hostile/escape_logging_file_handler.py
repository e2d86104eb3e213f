# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for writing
# why: logging to a file
import logging

logging.basicConfig(filename="/tmp/loopscope-hostile-canary-log", level=logging.INFO)
logging.info("escaped")
