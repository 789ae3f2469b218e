"""The invented organisation: staff, units, partners, signatures."""

ORG_FR = "CISSS des Hautes-Rivières"
ORG_EN = "Hautes-Rivières Integrated Health Centre"
HOSP = "Hôpital Saint-Aurèle"
DOM = "hsaurele.example"
DOM_ADM = "cisss-hr.example"
ADDR1 = "1400, boulevard des Récollets"
ADDR2 = "Saint-Aurèle (Québec)  G0S 2K0"
MAIN_TEL = "418-555-0100"

UNITS = {
    "CEPA": ("Clinique d'évaluation préanesthésique (CEPA)", "Pre-Anaesthesia Assessment Clinic",
             "418-555-0110", "418-555-0111"),
    "DOUL": ("Clinique de la douleur chronique", "Chronic Pain Clinic", "418-555-0120", "418-555-0121"),
    "ANES": ("Département d'anesthésiologie", "Department of Anaesthesia", "418-555-0102", "418-555-0103"),
    "SDA": ("Service de douleur aiguë", "Acute Pain Service", "418-555-0114", None),
    "BLOC": ("Bloc opératoire et chirurgie d'un jour", "Operating Room and Day Surgery", "418-555-0116", "418-555-0117"),
    "PHARM": ("Département de pharmacie", "Pharmacy Department", "418-555-0124", "418-555-0125"),
    "RH": ("Direction des ressources humaines", "Human Resources", "418-555-0104", None),
    "TI": ("Direction des ressources informationnelles", "Information Technology", "418-555-0106", None),
    "APPRO": ("Service de l'approvisionnement", "Procurement", "418-555-0107", "418-555-0108"),
    "IMM": ("Service des installations matérielles", "Facilities Management", "418-555-0109", None),
    "DIR": ("Direction des services professionnels", "Professional Services Directorate", "418-555-0101", None),
    "RECH": ("Centre de recherche clinique", "Clinical Research Centre", "418-555-0118", None),
    "SST": ("Santé et sécurité du travail", "Occupational Health and Safety", "418-555-0119", None),
    "ARCH": ("Archives médicales", "Health Records", "418-555-0122", "418-555-0123"),
    "ENS": ("Enseignement médical", "Medical Education", "418-555-0126", None),
}


class Staff:
    def __init__(self, key, given, surname, tfr, ten, cred, role_fr, role_en, unit, ext):
        self.key, self.given, self.surname = key, given, surname
        self.tfr, self.ten, self.cred = tfr, ten, cred
        self.role_fr, self.role_en, self.unit, self.ext = role_fr, role_en, unit, ext
        local = (given + "." + surname).lower()
        for a, b in (("é", "e"), ("è", "e"), ("ê", "e"), ("ô", "o"), ("ç", "c"), ("ï", "i"), (" ", "")):
            local = local.replace(a, b)
        self.email = f"{local}@{DOM_ADM if unit in ('RH', 'TI', 'APPRO', 'IMM', 'DIR', 'SST') else DOM}"

    def name(self, lang="fr", title=True):
        t = (self.tfr if lang == "fr" else self.ten) if title else ""
        return (t + " " if t else "") + f"{self.given} {self.surname}"

    def plain(self):
        return f"{self.given} {self.surname}"

    def addr(self):
        return (self.plain(), self.email)


_S = [
    ("vaillancourt", "Hélène", "Vaillancourt", "Dre", "Dr.", "MD, FRCPC", "Anesthésiologiste, responsable médicale de la CEPA", "Anaesthesiologist, Medical Lead, Pre-Anaesthesia Clinic", "CEPA", "4410"),
    ("benslimane", "Karim", "Benslimane", "Dr", "Dr.", "MD, FRCPC", "Anesthésiologiste, clinique de la douleur", "Anaesthesiologist, Chronic Pain Clinic", "DOUL", "4520"),
    ("trudel", "Marie-Ève", "Trudel", "Dre", "Dr.", "MD, FRCPC", "Anesthésiologiste – médecine de la douleur", "Anaesthesiologist – Pain Medicine", "DOUL", "4521"),
    ("archambault", "Philippe", "Archambault", "Dr", "Dr.", "MD", "Anesthésiologiste, chef de département", "Anaesthesiologist, Department Head", "ANES", "4301"),
    ("ashworth", "Jonathan", "Ashworth", "Dr", "Dr.", "MD, FRCPC", "Anesthésiologiste", "Staff Anaesthesiologist", "ANES", "4305"),
    ("feldstein", "Naomi", "Feldstein", "Dre", "Dr.", "MD, FRCPC (PM&R)", "Physiatre, clinique de la douleur", "Physiatrist, Chronic Pain Clinic", "DOUL", "4524"),
    ("gravel", "Étienne", "Gravel", "Dr", "Dr.", "MD, FRCSC", "Chirurgien orthopédiste", "Orthopaedic Surgeon", "BLOC", "4610"),
    ("menon", "Ravi", "Menon", "Dr", "Dr.", "MD, FRCSC", "Chirurgien général", "General Surgeon", "BLOC", "4612"),
    ("berube", "Josiane", "Bérubé", "", "", "inf. clin., B. Sc. inf.", "Infirmière clinicienne, CEPA", "Clinical Nurse, Pre-Anaesthesia Clinic", "CEPA", "4412"),
    ("murray", "Kathleen", "Murray", "", "", "RN, BScN", "Infirmière pivot, clinique de la douleur", "Nurse Navigator, Chronic Pain Clinic", "DOUL", "4527"),
    ("houle", "Mélissa", "Houle", "", "", "", "Agente administrative, CEPA", "Administrative Officer, Pre-Anaesthesia Clinic", "CEPA", "4400"),
    ("ferland", "Nadia", "Ferland", "", "", "", "Secrétaire médicale, clinique de la douleur", "Medical Secretary, Chronic Pain Clinic", "DOUL", "4500"),
    ("pepin", "Guillaume", "Pépin", "", "", "B. Pharm., M. Sc.", "Pharmacien, soins périopératoires", "Perioperative Pharmacist", "PHARM", "4701"),
    ("demers", "Alexandre", "Demers", "", "", "", "Coordonnateur du bloc opératoire", "OR Coordinator", "BLOC", "4600"),
    ("seguin", "Carole-Anne", "Séguin", "", "", "pht", "Physiothérapeute", "Physiotherapist", "DOUL", "4530"),
    ("kovacs", "Andrea", "Kovacs", "", "", "Ph. D., psychologue", "Psychologue, clinique de la douleur", "Psychologist, Chronic Pain Clinic", "DOUL", "4531"),
    ("desrosiers", "Julie", "Desrosiers", "", "", "T.S.", "Travailleuse sociale", "Social Worker", "DOUL", "4532"),
    ("lafleur", "Marc-André", "Lafleur", "", "", "", "Technicien, soutien aux utilisateurs", "IT Support Technician", "TI", "2210"),
    ("whitmore", "Sandra", "Whitmore", "", "", "CRHA", "Conseillère en ressources humaines", "Human Resources Advisor", "RH", "2105"),
    ("brisebois", "Louise", "Brisebois", "", "", "", "Adjointe à la direction", "Executive Assistant", "DIR", "2001"),
    ("charbonneau", "Denis", "Charbonneau", "", "", "", "Acheteur", "Buyer", "APPRO", "2301"),
    ("aziz", "Tariq", "Aziz", "Dr", "Dr.", "MD", "Résident en anesthésiologie (R3)", "Anaesthesia Resident (PGY-3)", "ANES", "4399"),
    ("vezina", "Camille", "Vézina", "Dre", "Dr.", "MD", "Résidente en anesthésiologie (R2)", "Anaesthesia Resident (PGY-2)", "ANES", "4398"),
    ("okonkwo", "Chidi", "Okonkwo", "Dr", "Dr.", "MD, FRCPC", "Anesthésiologiste, service de douleur aiguë", "Anaesthesiologist, Acute Pain Service", "SDA", "4420"),
    ("lindgren", "Erika", "Lindgren", "", "", "RN", "Infirmière, service de douleur aiguë", "Acute Pain Service Nurse", "SDA", "4421"),
    ("dumais", "Patrice", "Dumais", "", "", "ing.", "Chef de service, installations", "Facilities Manager", "IMM", "2401"),
    ("paradis", "Isabelle", "Paradis", "", "", "M. Sc.", "Coordonnatrice de recherche", "Research Coordinator", "RECH", "2501"),
    ("quintal", "Sébastien", "Quintal", "", "", "", "Technicien en paie", "Payroll Technician", "RH", "2110"),
    ("hamelin", "Virginie", "Hamelin", "", "", "inf.", "Infirmière, santé au travail", "Occupational Health Nurse", "SST", "2601"),
    ("rancourt", "Audrey", "Rancourt", "", "", "", "Archiviste médicale", "Health Records Technician", "ARCH", "2701"),
    ("castonguay", "Mathilde", "Castonguay", "", "", "", "Agente de planification", "Planning Officer", "DIR", "2005"),
    ("mctavish", "Graham", "McTavish", "", "", "", "Coordonnateur, enseignement médical", "Medical Education Coordinator", "ENS", "2801"),
    ("abboud", "Rania", "Abboud", "Dre", "Dr.", "MD, CCMF", "Médecin de famille, GMF des Deux-Rives", "Family Physician", "EXT", ""),
    ("lanctot", "Sophie", "Lanctôt", "Dre", "Dr.", "MD", "Médecin de famille", "Family Physician", "EXT", ""),
]
STAFF = {row[0]: Staff(*row) for row in _S}
STAFF["abboud"].email = "rania.abboud@gmf2rives.example"
STAFF["lanctot"].email = "s.lanctot@gmf2rives.example"


def st(key):
    return STAFF[key]


PARTNERS = {
    "gmf": ("GMF des Deux-Rives", "gmf2rives.example"),
    "rvgh": ("Rideau Valley General Hospital", "rvgh.example"),
    "nsfht": ("Northshore Family Health Team", "nsfht.example"),
    "ph_moulin": ("Pharmacie du Vieux-Moulin", "pharmavieuxmoulin.example"),
    "ph_lacdore": ("Pharmacie Lac-Doré", "pharmalacdore.example"),
    "ph_maple": ("Maple Street Pharmacy", "maplestreetrx.example"),
    "borealis": ("Assurances Boréalis", "borealis-assurances.example"),
    "gml": ("Great Meridian Life", "gmlife.example"),
    "cit": ("Commission d'indemnisation des travailleurs", "cit-qc.example"),
    "ta": ("Transport adapté des Hautes-Rivières", "tahr.example"),
    "phare": ("Centre de réadaptation Le Phare", "crlephare.example"),
    "mediequip": ("MédiÉquip Nordique inc.", "mediequip.example"),
    "sonaris": ("Sonaris Imaging Systems", "sonaris.example"),
    "pharmadist": ("PharmaDist Québec", "pharmadist.example"),
    "alpine": ("Alpine Infusion Systems", "alpineinfusion.example"),
    "aqd": ("Association québécoise des intervenants en douleur (AQID)", "aqid.example"),
    "cpsoc": ("Canadian Perioperative Society of the North", "cpsn.example"),
    "ssa": ("Services sociaux Hautes-Rivières", "ssshr.example"),
    "dpj": ("Direction de la protection de la jeunesse – Hautes-Rivières", "dpj-hr.example"),
}


def partner_addr(key, local):
    return f"{local}@{PARTNERS[key][1]}"


def signature(s, lang, style=0):
    """A realistic signature block with clinic address and phone (not patient data)."""
    ufr, uen, tel, fax = UNITS.get(s.unit, ("", "", MAIN_TEL, None))
    lines = []
    if style == 2:
        lines.append(f"-- \n{s.plain()}")
    else:
        lines.append(s.name(lang) + (f", {s.cred}" if s.cred and not s.tfr else ""))
    lines.append(s.role_fr if lang == "fr" else s.role_en)
    if s.unit == "EXT":
        lines.append("GMF des Deux-Rives, 220, rue du Parc, Val-des-Aulnes (Québec)  G0R 1B0")
        lines.append("Tél. : 819-555-0128" if lang == "fr" else "Tel: 819-555-0128")
        return "\n".join(lines)
    if style != 1:
        lines.append(ufr if lang == "fr" else uen)
    lines.append(HOSP + " – " + ORG_FR if lang == "fr" else f"{HOSP}, {ORG_EN}")
    if style == 0:
        lines.append(f"{ADDR1}, {ADDR2}")
    if lang == "fr":
        t = f"Tél. : {tel}" + (f", poste {s.ext}" if s.ext else "")
        if fax and style != 1:
            t += f" | Téléc. : {fax}"
    else:
        t = f"Tel: {tel}" + (f" ext. {s.ext}" if s.ext else "")
        if fax and style != 1:
            t += f" | Fax: {fax}"
    lines.append(t)
    lines.append(s.email)
    if style == 0 and lang == "fr" and s.unit in ("CEPA", "DOUL"):
        lines.append("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements "
                     "confidentiels. S'il vous a été transmis par erreur, veuillez le détruire.")
    if style == 0 and lang == "en" and s.unit in ("CEPA", "DOUL", "SDA"):
        lines.append("This e-mail may contain confidential information intended only for the "
                     "addressee. If you received it in error, please delete it.")
    return "\n".join(lines)


# Other invented staff (employees, candidates) and outside speakers, used in non-confidential mail.
EMPLOYEES_FR = [("Josée", "Lamontagne", "F"), ("Caroline", "Beaudoin", "F"), ("Francis", "Tétreault", "M"),
                ("Nathalie", "Gervais", "F"), ("Steve", "Labrecque", "M"), ("Annie-Claude", "Rivard", "F"),
                ("Kevin", "Dionne", "M"), ("Patricia", "Lemay", "F"), ("Jessica", "Corriveau", "F"),
                ("Marc", "Boisvert", "M"), ("Émilie", "Fontaine", "F"), ("Hugo", "Beaupré", "M")]
EMPLOYEES_EN = [("Laura", "Jennings", "F"), ("Derek", "Holt", "M"), ("Samantha", "Price", "F"), ("Michael", "Dunn", "M"),
                ("Emily", "Warren", "F"), ("Aaron", "Blake", "M"), ("Rebecca", "Lowell", "F"), ("Jason", "Pratt", "M")]
SPEAKERS = [("Dre", "Dr.", "Annick", "Sauvageau", "Université du Littoral"),
            ("Dr", "Dr.", "Pierre-Luc", "Ouimet", "CHU des Trois-Lacs"),
            ("Dre", "Dr.", "Fatou", "Diallo", "Hôpital du Val-Clair"),
            ("Dr", "Dr.", "Hiroshi", "Yamamoto", "Northern Lakes University"),
            ("Dre", "Dr.", "Claire", "Lavallée", "CIUSSS de la Baie-Grise"),
            ("Dr", "Dr.", "Benoît", "Gendron", "Institut de réadaptation Montclair"),
            ("Dre", "Dr.", "Fiona", "Brennan", "St. Brigid's Health Sciences Centre"),
            ("Dr", "Dr.", "Marcus", "Holloway", "Westmere University"),
            ("Dre", "Dr.", "Adaeze", "Oduya", "Lakehead Regional Hospital"),
            ("Dr", "Dr.", "Lars", "Eriksen", "Fjordvik University Hospital")]


def emp_email(given, surname, *_, dom=None):
    from gen_common import strip_accents
    return f"{strip_accents(given).lower().replace(' ', '')}.{strip_accents(surname).lower()}@{dom or DOM}"
