# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused to open a database file
# why: sqlite3.connect on a database file
import sqlite3

db = sqlite3.connect("/tmp/loopscope-hostile-canary.db")
db.execute("create table t(x)")
db.commit()
