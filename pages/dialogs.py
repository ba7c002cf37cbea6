"""File dialogs that never block the loop: opened with open() and answered through a callback (a static
QFileDialog.get… would run a nested event loop while checks run on the asyncio loop); and the box said when no
program opens a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def choose_file(parent: QWidget, title: str, start: Path | str, name_filter: str,
                on_chosen: Callable[[Path], object], *, save: bool = False) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start), name_filter)
    dialog.setObjectName("SaveDialog" if save else "OpenDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if save and Path(start).suffix:
        dialog.setDefaultSuffix(Path(start).suffix.lstrip("."))
        dialog.selectFile(str(start))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog


def choose_folder(parent: QWidget, title: str, start: Path | str, on_chosen: Callable[[Path], object]) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start))
    dialog.setObjectName("FolderDialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog


def no_program_opens(parent: QWidget, path: Path, show_folder: Callable[[], object]) -> QMessageBox:
    """The desktop has no program for the file (QDesktopServices.openUrl said no, and only the log knew): said in a
    box that names the file and offers its folder instead."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Dialogs", "No program opens the file"),
                      QCoreApplication.translate("Dialogs", "No program on this computer opens {file} (no PDF viewer "
                                                 "is installed, or none is set for PDF).").format(file=path.name),
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("NoViewerBox")
    box.setInformativeText(QCoreApplication.translate("Dialogs", "It is here: {path}").format(path=path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path, to copy
    folder = box.addButton(QCoreApplication.translate("Dialogs", "Show in folder"), QMessageBox.ButtonRole.ActionRole)
    folder.clicked.connect(lambda: show_folder())
    box.open()  # not exec(): the loop keeps running
    return box
