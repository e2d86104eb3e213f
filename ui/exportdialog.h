// File > Export Timeline: the shown run's timeline as PNG, SVG or PDF, the whole run or
// the range in view, with a live preview of the image and a copy to the clipboard.
#pragma once

#include "timelineexport.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace loopscope::ui {

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    // What the window shows: its run, the range in view (axis positions), its cursor.
    struct Source {
        std::shared_ptr<const TimelineModel> model;
        QString title;       // the file's name
        QString folder;      // where the file dialog starts
        double visibleFrom = 0, visibleTo = 1;
        TimeAxis::Scale scale = TimeAxis::Scale::Time;
        bool dark = false;
        bool showInternal = false;
        trace::EventId cursor = trace::kNoEvent;
    };

    ExportDialog(const Source& source, QWidget* parent = nullptr);

    // The image the options describe now (the preview's, at full size).
    TimelineExport exporter() const;
    // Writes it to `path`; false with the reason shown to the user.
    bool exportTo(const QString& path);
    QString lastWritten() const { return lastWritten_; }

private:
    void chooseFileAndExport();
    void copyToClipboard();
    void updatePreview();

    Source source_;
    QComboBox* format_ = nullptr;
    QRadioButton* whole_ = nullptr;
    QRadioButton* visible_ = nullptr;
    QSpinBox* width_ = nullptr;
    QCheckBox* doubleDensity_ = nullptr;
    QComboBox* theme_ = nullptr;
    QComboBox* scale_ = nullptr;
    QLineEdit* title_ = nullptr;
    QCheckBox* cursor_ = nullptr;
    QCheckBox* legend_ = nullptr;
    QLabel* preview_ = nullptr;
    QLabel* size_ = nullptr;
    QTimer previewTimer_;
    QString lastWritten_;
};

} // namespace loopscope::ui
