/// `Schemas/thematic-transcript.xsd`, built in so `thematic parse --validate` needs no schema file
/// for Thematic's own format. A test keeps it identical to the file in `Schemas/`.
public enum ThematicTranscriptSchema {
    /// The schema's text.
    public static let xsd = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Thematic transcript XML, version 1: one interview transcript as Thematic holds it.
  Documented in Schemas/README.md. Written by `thematic export transcript SOURCE` (as thematic-xml),
  read by `thematic parse` and `thematic ingest`, validated by `thematic parse FILE` with validation on.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:t="urn:thematic:transcript:1"
           targetNamespace="urn:thematic:transcript:1"
           elementFormDefault="qualified"
           attributeFormDefault="unqualified">

  <xs:element name="transcript">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="title" type="xs:string"/>
        <xs:element name="metadata" minOccurs="0">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="meta" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:simpleContent>
                    <xs:extension base="xs:string">
                      <xs:attribute name="key" type="xs:string" use="required"/>
                    </xs:extension>
                  </xs:simpleContent>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>
          <xs:unique name="uniqueMetadataKey">
            <xs:selector xpath="t:meta"/>
            <xs:field xpath="@key"/>
          </xs:unique>
        </xs:element>
        <xs:element name="media" minOccurs="0">
          <xs:complexType>
            <xs:attribute name="href" type="xs:string" use="required"/>
          </xs:complexType>
        </xs:element>
        <xs:element name="speakers">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="speaker" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:attribute name="id" type="t:nonEmpty" use="required"/>
                  <xs:attribute name="name" type="xs:string"/>
                  <xs:attribute name="role" type="t:role" use="required"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>
        </xs:element>
        <xs:element name="utterances">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="u" type="t:utterance" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
          </xs:complexType>
        </xs:element>
        <xs:element name="annotations" minOccurs="0">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="annotation" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:simpleContent>
                    <xs:extension base="xs:string">
                      <xs:attribute name="kind" type="t:nonEmpty" use="required"/>
                      <xs:attribute name="utterance" type="xs:nonNegativeInteger"/>
                      <xs:attribute name="start" type="t:seconds"/>
                      <xs:attribute name="end" type="t:seconds"/>
                    </xs:extension>
                  </xs:simpleContent>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="id" type="t:sourceID" use="required"/>
      <xs:attribute name="version" type="xs:string" fixed="1"/>
    </xs:complexType>
    <xs:key name="speakerKey">
      <xs:selector xpath="t:speakers/t:speaker"/>
      <xs:field xpath="@id"/>
    </xs:key>
    <xs:keyref name="utteranceSpeaker" refer="t:speakerKey">
      <xs:selector xpath="t:utterances/t:u"/>
      <xs:field xpath="@speaker"/>
    </xs:keyref>
  </xs:element>

  <!-- One utterance: its words, with optional inline codings around some of them. -->
  <xs:complexType name="utterance" mixed="true">
    <xs:sequence>
      <xs:element name="code" minOccurs="0" maxOccurs="unbounded">
        <xs:complexType>
          <xs:simpleContent>
            <xs:extension base="xs:string">
              <xs:attribute name="ref" type="t:nonEmpty" use="required"/>
            </xs:extension>
          </xs:simpleContent>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="speaker" type="t:nonEmpty" use="required"/>
    <xs:attribute name="start" type="t:seconds"/>
    <xs:attribute name="end" type="t:seconds"/>
  </xs:complexType>

  <!-- Seconds from the start of the recording, with up to three decimals (milliseconds). -->
  <xs:simpleType name="seconds">
    <xs:restriction base="xs:decimal">
      <xs:minInclusive value="0"/>
      <xs:fractionDigits value="3"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="role">
    <xs:restriction base="xs:string">
      <xs:enumeration value="interviewer"/>
      <xs:enumeration value="participant"/>
      <xs:enumeration value="interpreter"/>
      <xs:enumeration value="other"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="sourceID">
    <xs:restriction base="xs:string">
      <xs:pattern value="[A-Za-z0-9][A-Za-z0-9._\-]*"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="nonEmpty">
    <xs:restriction base="xs:string">
      <xs:minLength value="1"/>
    </xs:restriction>
  </xs:simpleType>
</xs:schema>

"""#
}
