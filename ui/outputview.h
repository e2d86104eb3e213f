// The program's output up to the cursor: what its print events wrote, stdout in the
// text colour and stderr in red, growing and shrinking as the cursor moves (only the
// difference is added or removed, so stepping through a long output stays cheap).
#pragma once

#include "trace/trace.h"

#include <QPlainTextEdit>

#include <memory>
#include <vector>

namespace loopscope::ui {

class OutputView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit OutputView(QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const trace::Trace> trace);
    // How many of the record's print events are shown.
    int shownPrints() const { return int(starts_.size()); }

public slots:
    void setCursor(trace::EventId event);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showPrints(std::size_t count);
    void restyle();

    std::shared_ptr<const trace::Trace> trace_;
    std::vector<trace::EventId> prints_; // the record's Print events
    std::vector<int> starts_;            // where each shown print begins in the document
    trace::EventId cursor_ = trace::kNoEvent;
};

} // namespace loopscope::ui
