# A chat room simulation: members wait on an Event per message round, the host speaks.
import asyncio


class Room:
    def __init__(self):
        self.message = None
        self.new_message = asyncio.Event()

    async def say(self, text):
        self.message = text
        self.new_message.set()
        await asyncio.sleep(0)
        self.new_message.clear()


async def member(name, room, rounds):
    for _ in range(rounds):
        await room.new_message.wait()
        print(f"{asyncio.get_running_loop().time():.1f} {name} hears: {room.message}")
        await asyncio.sleep(0.01)


async def host(room):
    for text in ["hello", "how are you", "bye"]:
        await asyncio.sleep(1)
        await room.say(text)


async def main():
    room = Room()
    await asyncio.gather(member("ann", room, 3), member("bob", room, 3), host(room))


asyncio.run(main())
