//! Writes small purpose-made PDFs with lopdf, for tests of one mechanism at a time.

#![allow(dead_code)]

use lopdf::{Dictionary, Document, Object, ObjectId, Stream, dictionary};

/// A document under construction: shared page resources, pages with given content streams.
pub struct PdfBuilder {
    doc: Document,
    pages_id: ObjectId,
    pages: Vec<ObjectId>,
    fonts: Dictionary,
    xobjects: Dictionary,
    properties: Dictionary,
    info: Dictionary,
    media_box: [i64; 4],
    /// Annotations of each page, by page index.
    annots: Vec<(usize, ObjectId)>,
    acro_form: Option<Dictionary>,
}

impl Default for PdfBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl PdfBuilder {
    pub fn new() -> Self {
        let mut doc = Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        PdfBuilder {
            doc,
            pages_id,
            pages: Vec::new(),
            fonts: Dictionary::new(),
            xobjects: Dictionary::new(),
            properties: Dictionary::new(),
            info: Dictionary::new(),
            media_box: [0, 0, 595, 842],
            annots: Vec::new(),
            acro_form: None,
        }
    }

    /// Adds an indirect object.
    pub fn object(&mut self, object: impl Into<Object>) -> ObjectId {
        self.doc.add_object(object)
    }

    /// A stream object with `content` (uncompressed).
    pub fn stream(&mut self, dict: Dictionary, content: &[u8]) -> ObjectId {
        self.doc.add_object(Stream::new(dict, content.to_vec()))
    }

    /// Registers font resource `/name`.
    pub fn font(&mut self, name: &str, font: Dictionary) -> &mut Self {
        let id = self.doc.add_object(font);
        self.fonts.set(name, Object::Reference(id));
        self
    }

    /// A standard-14 font with WinAnsi encoding and no widths (the viewer's metrics apply).
    pub fn standard_font(&mut self, name: &str, base_font: &str) -> &mut Self {
        self.font(
            name,
            dictionary! {
                "Type" => "Font",
                "Subtype" => "Type1",
                "BaseFont" => Object::Name(base_font.as_bytes().to_vec()),
                "Encoding" => "WinAnsiEncoding",
            },
        )
    }

    /// Registers a Form XObject `/name`.
    pub fn form(
        &mut self,
        name: &str,
        content: &str,
        matrix: [f32; 6],
        resources: Option<Dictionary>,
    ) -> ObjectId {
        let mut dict = dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Matrix" => matrix.iter().map(|&v| Object::Real(v)).collect::<Vec<_>>(),
        };
        if let Some(r) = resources {
            dict.set("Resources", r);
        }
        let id = self.stream(dict, content.as_bytes());
        self.xobjects.set(name, Object::Reference(id));
        id
    }

    /// Registers an image XObject `/name` with raw (unfiltered) sample data.
    pub fn image(&mut self, name: &str, width: i64, height: i64, samples: &[u8]) -> ObjectId {
        let dict = dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => width, "Height" => height,
            "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8,
        };
        let id = self.stream(dict, samples);
        self.xobjects.set(name, Object::Reference(id));
        id
    }

    /// A marked-content property list `/name`.
    pub fn property(&mut self, name: &str, props: Dictionary) -> &mut Self {
        self.properties.set(name, props);
        self
    }

    pub fn info(&mut self, key: &str, value: &str) -> &mut Self {
        self.info.set(key, Object::string_literal(value));
        self
    }

    /// Adds a page whose content stream is `content`.
    pub fn page(&mut self, content: &str) -> &mut Self {
        let content_id = self.stream(Dictionary::new(), content.as_bytes());
        let page = dictionary! {
            "Type" => "Page",
            "Parent" => Object::Reference(self.pages_id),
            "Contents" => Object::Reference(content_id),
        };
        let id = self.doc.add_object(page);
        self.pages.push(id);
        self
    }

    /// Adds an annotation to the last page added.
    pub fn annotation(&mut self, annot: Dictionary) -> ObjectId {
        let id = self.doc.add_object(annot);
        self.annots.push((self.pages.len().saturating_sub(1), id));
        id
    }

    /// The document's interactive form dictionary (`/AcroForm` in the catalog).
    pub fn acro_form(&mut self, form: Dictionary) -> &mut Self {
        self.acro_form = Some(form);
        self
    }

    /// The resources every page shares.
    pub fn resources(&self) -> Dictionary {
        dictionary! {
            "Font" => self.fonts.clone(),
            "XObject" => self.xobjects.clone(),
            "Properties" => self.properties.clone(),
        }
    }

    pub fn build(mut self) -> Vec<u8> {
        for (index, &page) in self.pages.iter().enumerate() {
            let annots: Vec<Object> = self
                .annots
                .iter()
                .filter(|(i, _)| *i == index)
                .map(|&(_, id)| Object::Reference(id))
                .collect();
            if !annots.is_empty()
                && let Ok(Object::Dictionary(d)) = self.doc.get_object_mut(page)
            {
                d.set("Annots", annots);
            }
        }
        let kids: Vec<Object> = self.pages.iter().map(|&id| Object::Reference(id)).collect();
        let count = kids.len() as i64;
        let pages = dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "Resources" => self.resources(),
            "MediaBox" => self.media_box.iter().map(|&v| Object::Integer(v)).collect::<Vec<_>>(),
        };
        self.doc.objects.insert(self.pages_id, Object::Dictionary(pages));
        let mut catalog = dictionary! {
            "Type" => "Catalog",
            "Pages" => Object::Reference(self.pages_id),
        };
        if let Some(form) = self.acro_form.take() {
            catalog.set("AcroForm", form);
        }
        let catalog = self.doc.add_object(catalog);
        self.doc.trailer.set("Root", Object::Reference(catalog));
        if !self.info.is_empty() {
            let info = self.doc.add_object(self.info.clone());
            self.doc.trailer.set("Info", Object::Reference(info));
        }
        let mut out = Vec::new();
        self.doc.save_to(&mut out).expect("lopdf writes the test PDF");
        out
    }
}

/// A ToUnicode CMap stream body with the given `bfchar`/`bfrange` sections.
pub fn to_unicode_cmap(codespace: &str, body: &str) -> Vec<u8> {
    format!(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Test def\n/CMapType 2 def\n1 begincodespacerange\n{codespace}\nendcodespacerange\n{body}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )
    .into_bytes()
}
