# expect: exit 1
# stderr: Operation not permitted
# why: dbm.open creates a Berkeley DB file through C, not through open()
import dbm

db = dbm.open("/tmp/loopscope-hostile-canary-dbm", "c")
db[b"key"] = b"escaped"
db.close()
print("made a database")
