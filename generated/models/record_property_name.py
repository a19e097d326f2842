from enum import StrEnum


class RecordPropertyName(StrEnum):
    CREATEDDATE = "createdDate"
    CREATOR = "creator"
    HISTORYIDENTITY = "historyIdentity"
    LASTMODIFIER = "lastModifier"
    MODIFIEDDATE = "modifiedDate"
    NAME = "name"
    PARENTNAME = "parentName"
    PARENTSHORTNAME = "parentShortName"
    RECORDCOLOR = "recordColor"
    RECORDTYPE = "recordType"
    RELEASEDDATE = "releasedDate"
    SHORTNAME = "shortName"
    TABLENAME = "tableName"
    VERSIONNUMBER = "versionNumber"

    def __str__(self) -> str:
        return str(self.value)
