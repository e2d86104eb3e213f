#include "exportdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loopscope::ui {

namespace {

const char* const kSuffixes[] = {"png", "svg", "pdf"};

} // namespace

ExportDialog::ExportDialog(const Source& source, QWidget* parent) : QDialog(parent), source_(source)
{
    setWindowTitle(tr("Export Timeline"));
    setObjectName(QStringLiteral("ExportDialog"));
    QSettings settings;

    format_ = new QComboBox(this);
    format_->setObjectName(QStringLiteral("ExportFormat"));
    format_->addItem(tr("PNG image"));
    format_->addItem(tr("SVG drawing (text stays text)"));
    format_->addItem(tr("PDF document (vector)"));
    format_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("export/format"), 0).toInt(), 0, 2));

    whole_ = new QRadioButton(tr("The whole run"), this);
    visible_ = new QRadioButton(tr("The range in view"), this);
    whole_->setObjectName(QStringLiteral("ExportWhole"));
    visible_->setObjectName(QStringLiteral("ExportVisible"));
    whole_->setChecked(true);
    auto* range = new QHBoxLayout;
    range->addWidget(whole_);
    range->addWidget(visible_);
    range->addStretch();

    width_ = new QSpinBox(this);
    width_->setObjectName(QStringLiteral("ExportWidth"));
    width_->setRange(320, 20000);
    width_->setSingleStep(100);
    width_->setSuffix(tr(" px"));
    width_->setValue(settings.value(QStringLiteral("export/width"), 1600).toInt());
    doubleDensity_ = new QCheckBox(tr("Twice the pixels (for high-DPI screens)"), this);
    doubleDensity_->setChecked(settings.value(QStringLiteral("export/double"), false).toBool());
    auto* width = new QHBoxLayout;
    width->addWidget(width_);
    width->addWidget(doubleDensity_);
    width->addStretch();

    theme_ = new QComboBox(this);
    theme_->addItem(tr("Light"));
    theme_->addItem(tr("Dark"));
    theme_->setCurrentIndex(source.dark ? 1 : 0);
    scale_ = new QComboBox(this);
    scale_->addItem(tr("Virtual time"));
    scale_->addItem(tr("Loop steps"));
    scale_->setCurrentIndex(source.scale == TimeAxis::Scale::Steps ? 1 : 0);
    title_ = new QLineEdit(source.title, this);
    title_->setObjectName(QStringLiteral("ExportTitle"));
    cursor_ = new QCheckBox(tr("Show the cursor"), this);
    cursor_->setEnabled(source.cursor != trace::kNoEvent);
    legend_ = new QCheckBox(tr("Show a legend of the states"), this);
    legend_->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), format_);
    form->addRow(tr("Range:"), range);
    form->addRow(tr("Width:"), width);
    form->addRow(tr("Theme:"), theme_);
    form->addRow(tr("Scale:"), scale_);
    form->addRow(tr("Title:"), title_);
    form->addRow(QString(), cursor_);
    form->addRow(QString(), legend_);

    preview_ = new QLabel(this);
    preview_->setObjectName(QStringLiteral("ExportPreview"));
    preview_->setAlignment(Qt::AlignCenter);
    preview_->setMinimumSize(720, 300);
    preview_->setFrameShape(QFrame::StyledPanel);
    size_ = new QLabel(this);
    size_->setObjectName(QStringLiteral("ExportSize"));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("ExportButton"));
    QPushButton* copyButton = buttons->addButton(tr("&Copy Image"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("ExportCopy"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(preview_, 1);
    layout->addWidget(size_);
    layout->addWidget(buttons);

    // The preview follows every option, a moment after the last change.
    previewTimer_.setSingleShot(true);
    previewTimer_.setInterval(120);
    connect(&previewTimer_, &QTimer::timeout, this, &ExportDialog::updatePreview);
    const auto later = [this] { previewTimer_.start(); };
    connect(format_, &QComboBox::currentIndexChanged, this, later);
    connect(theme_, &QComboBox::currentIndexChanged, this, later);
    connect(scale_, &QComboBox::currentIndexChanged, this, later);
    connect(width_, &QSpinBox::valueChanged, this, later);
    connect(doubleDensity_, &QCheckBox::toggled, this, later);
    connect(whole_, &QRadioButton::toggled, this, later);
    connect(cursor_, &QCheckBox::toggled, this, later);
    connect(legend_, &QCheckBox::toggled, this, later);
    connect(title_, &QLineEdit::textChanged, this, later);
    connect(format_, &QComboBox::currentIndexChanged, this,
            [this](int index) { doubleDensity_->setEnabled(index == 0); });
    doubleDensity_->setEnabled(format_->currentIndex() == 0);
    updatePreview();
}

TimelineExport ExportDialog::exporter() const
{
    ExportOptions options;
    options.title = title_->text();
    options.width = width_->value();
    options.scale = format_->currentIndex() == 0 && doubleDensity_->isChecked() ? 2 : 1;
    options.dark = theme_->currentIndex() == 1;
    options.axisScale = scale_->currentIndex() == 1 ? TimeAxis::Scale::Steps : TimeAxis::Scale::Time;
    options.legend = legend_->isChecked();
    options.showInternal = source_.showInternal;
    options.cursor = cursor_->isChecked() ? source_.cursor : trace::kNoEvent;
    TimelineExport result(source_.model, options);
    // The range in view is in the window's axis: the same scale gives the same range.
    if (visible_->isChecked() && options.axisScale == source_.scale)
        result.setRange(source_.visibleFrom, source_.visibleTo);
    else if (visible_->isChecked()) {
        const TimeAxis window(source_.model->trace(), source_.scale);
        result.setTimeRange(window.timeAt(std::max(0.0, source_.visibleFrom)), window.timeAt(source_.visibleTo));
    }
    return result;
}

void ExportDialog::updatePreview()
{
    if (!source_.model)
        return;
    const TimelineExport image = exporter();
    const QSize size = image.size();
    const double scale = format_->currentIndex() == 0 && doubleDensity_->isChecked() ? 2 : 1;
    size_->setText(format_->currentIndex() == 0
                       ? tr("%1 × %2 pixels").arg(int(size.width() * scale)).arg(int(size.height() * scale))
                       : tr("%1 × %2 (at 96 dpi)").arg(size.width()).arg(size.height()));
    QImage picture = image.image();
    const QSize room = preview_->contentsRect().size() * devicePixelRatioF();
    picture = picture.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    picture.setDevicePixelRatio(devicePixelRatioF());
    preview_->setPixmap(QPixmap::fromImage(picture));
}

bool ExportDialog::exportTo(const QString& path)
{
    QString error;
    if (!exporter().write(path, &error)) {
        QMessageBox::warning(this, tr("Export Timeline"), error);
        return false;
    }
    lastWritten_ = path;
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), format_->currentIndex());
    settings.setValue(QStringLiteral("export/width"), width_->value());
    settings.setValue(QStringLiteral("export/double"), doubleDensity_->isChecked());
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    return true;
}

void ExportDialog::chooseFileAndExport()
{
    const QString suffix = QString::fromLatin1(kSuffixes[format_->currentIndex()]);
    const QString folder = QSettings().value(QStringLiteral("export/folder"), source_.folder).toString();
    QString name = QFileInfo(source_.title).completeBaseName();
    if (name.isEmpty())
        name = QStringLiteral("timeline");
    const QString filter = tr("%1 (*.%2)").arg(format_->currentText(), suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"),
                                                QDir(folder).filePath(name + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (exportTo(path))
        accept();
}

void ExportDialog::copyToClipboard()
{
    QApplication::clipboard()->setImage(exporter().image());
}

} // namespace loopscope::ui
