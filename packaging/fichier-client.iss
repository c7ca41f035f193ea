; Inno Setup script of Fichier client (Windows installer), compiled on Windows after
;     pyinstaller --noconfirm packaging\fichier-client.spec
; with:  iscc packaging\fichier-client.iss   ->   dist\fichier-client-<version>-setup.exe
; The version is read from the built program (its version resource, written by the spec
; from app/__init__.py): it is written nowhere else.

#define AppName "Fichier client"
#define AppExe "fichier-client.exe"
#define BuildDir "..\dist\fichier-client"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BuildDir + "\" + AppExe, "ProductVersion")
#endif

[Setup]
AppId={{6F3C2B7E-5A0D-4C1E-9B2A-F1C4E0A7D913}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
; Per-user install: no administrator rights needed; an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Fichier client
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\resources\icons\fichier-client.ico
OutputDir=..\dist
OutputBaseFilename=fichier-client-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only the program folder: the customer file, its backups and the
; settings live in the user's data folder (%LOCALAPPDATA%\FichierClient) and are kept.
