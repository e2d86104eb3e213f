// The timer queue: a binary heap ordered by deadline alone, operated exactly as Python's
// heapq operates asyncio's list of TimerHandles, so that timers with equal deadlines come
// out in the same order as under CPython (not in the order they were scheduled).
// Invariant: entries() is a valid heapq heap after every public call.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace loopscope::loop {

template <typename Item>
class TimerHeap {
public:
    struct Entry {
        double when;
        Item item;
    };

    bool empty() const { return heap_.empty(); }
    std::size_t size() const { return heap_.size(); }
    const Entry& top() const { return heap_.front(); }
    // The heap's array, in heapq's order (for introspection and garbage collection).
    const std::vector<Entry>& entries() const { return heap_; }

    // heapq.heappush
    void push(double when, Item item)
    {
        heap_.push_back(Entry{when, std::move(item)});
        siftDown(0, heap_.size() - 1);
    }

    // heapq.heappop (the heap must not be empty)
    Entry pop()
    {
        Entry last = std::move(heap_.back());
        heap_.pop_back();
        if (heap_.empty())
            return last;
        Entry first = std::move(heap_.front());
        heap_.front() = std::move(last);
        siftUp(0);
        return first;
    }

    // What asyncio does when too many timers are cancelled: keep the survivors in array
    // order, then heapq.heapify. Removed items are appended to `removed`.
    template <typename Predicate>
    void removeIf(Predicate remove, std::vector<Item>& removed)
    {
        std::vector<Entry> kept;
        kept.reserve(heap_.size());
        for (Entry& entry : heap_) {
            if (remove(entry.item))
                removed.push_back(std::move(entry.item));
            else
                kept.push_back(std::move(entry));
        }
        heap_ = std::move(kept);
        heapify();
    }

    // Empties the heap, handing every item to `removed` in array order.
    void takeAll(std::vector<Item>& removed)
    {
        for (Entry& entry : heap_)
            removed.push_back(std::move(entry.item));
        heap_.clear();
    }

private:
    static bool less(const Entry& a, const Entry& b) { return a.when < b.when; }

    // heapq.heapify: sift every parent up, last first.
    void heapify()
    {
        for (std::size_t i = heap_.size() / 2; i-- > 0;)
            siftUp(i);
    }

    // heapq's _siftdown: move the item at pos towards the root while it is smaller.
    void siftDown(std::size_t start, std::size_t pos)
    {
        Entry item = std::move(heap_[pos]);
        while (pos > start) {
            std::size_t parent = (pos - 1) >> 1;
            if (!less(item, heap_[parent]))
                break;
            heap_[pos] = std::move(heap_[parent]);
            pos = parent;
        }
        heap_[pos] = std::move(item);
    }

    // heapq's _siftup: bubble the smaller child up to a leaf (the right child when the
    // left is not smaller), then sift the item back down from there.
    void siftUp(std::size_t pos)
    {
        const std::size_t end = heap_.size();
        const std::size_t start = pos;
        Entry item = std::move(heap_[pos]);
        std::size_t child = 2 * pos + 1;
        while (child < end) {
            std::size_t right = child + 1;
            if (right < end && !less(heap_[child], heap_[right]))
                child = right;
            heap_[pos] = std::move(heap_[child]);
            pos = child;
            child = 2 * pos + 1;
        }
        heap_[pos] = std::move(item);
        siftDown(start, pos);
    }

    std::vector<Entry> heap_;
};

} // namespace loopscope::loop
