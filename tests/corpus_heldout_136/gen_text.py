"""Clinical vocabulary, signatures, quoting and forwarding helpers (FR / EN)."""
import datetime

from gen_common import ORG, EXT, ldate, fr_date, en_date

DX = {
    "fr": [
        ("leucémie myéloïde aiguë avec FLT3-ITD, en première rémission complète", "LMA FLT3-ITD RC1"),
        ("leucémie lymphoblastique aiguë B Ph+ en RC1, MRD négative", "LAL-B Ph+ RC1"),
        ("syndrome myélodysplasique à haut risque (IPSS-R 6,5)", "SMD haut risque"),
        ("myélome multiple IgG kappa, R-ISS II", "myélome IgG kappa"),
        ("lymphome de Hodgkin réfractaire primaire", "LH réfractaire"),
        ("aplasie médullaire sévère", "aplasie médullaire sévère"),
        ("myélofibrose primaire JAK2 V617F, DIPSS intermédiaire-2", "myélofibrose JAK2+"),
        ("lymphome diffus à grandes cellules B en rechute chimiosensible", "LDGCB en rechute"),
        ("leucémie myélomonocytaire chronique", "LMMC"),
        ("LMA secondaire à un SMD, TP53 muté", "LMA secondaire TP53"),
        ("lymphome du manteau en deuxième rémission", "LCM RC2"),
        ("LMA NPM1 muté avec MRD persistante", "LMA NPM1 MRD+"),
    ],
    "en": [
        ("acute myeloid leukaemia with FLT3-ITD in first complete remission", "AML FLT3-ITD CR1"),
        ("Ph-positive B-cell acute lymphoblastic leukaemia in CR1, MRD negative", "Ph+ B-ALL CR1"),
        ("high-risk myelodysplastic syndrome (IPSS-R 6.5)", "high-risk MDS"),
        ("IgG kappa multiple myeloma, R-ISS stage II", "IgG kappa myeloma"),
        ("primary refractory Hodgkin lymphoma", "refractory Hodgkin"),
        ("severe aplastic anaemia", "severe aplastic anaemia"),
        ("primary myelofibrosis, JAK2 V617F, DIPSS intermediate-2", "JAK2+ myelofibrosis"),
        ("relapsed chemosensitive diffuse large B-cell lymphoma", "relapsed DLBCL"),
        ("chronic myelomonocytic leukaemia", "CMML"),
        ("therapy-related AML, TP53 mutated", "t-AML TP53"),
        ("mantle cell lymphoma in second remission", "MCL CR2"),
        ("NPM1-mutated AML with persistent MRD", "AML NPM1 MRD+"),
    ],
}

TX = {
    "fr": ["induction 7+3 avec midostaurine, consolidation HiDAC x 2", "hyper-CVAD + dasatinib x 4 cycles",
           "azacitidine x 6 cycles", "VRd x 4, autogreffe en 2022, rechute biochimique",
           "ABVD x 2, puis ICE x 2 et brentuximab", "sérum antilymphocytaire + cyclosporine, sans réponse à 6 mois",
           "ruxolitinib 15 mg BID depuis 18 mois", "R-CHOP x 6 puis R-GDP x 2 (réponse partielle)",
           "hydroxyurée puis azacitidine x 4", "CPX-351 x 2 cycles", "R-CHOP/R-DHAP puis autogreffe, rechute à 3 ans",
           "induction 7+3, consolidation HiDAC x 3; MRD NPM1 en hausse"],
    "en": ["7+3 with midostaurin, HiDAC consolidation x 2", "hyper-CVAD + dasatinib x 4 cycles",
           "azacitidine x 6 cycles", "VRd x 4, autologous transplant 2022, biochemical relapse",
           "ABVD x 2, then ICE x 2 and brentuximab", "ATG + cyclosporine, no response at 6 months",
           "ruxolitinib 15 mg BID for 18 months", "R-CHOP x 6 then R-GDP x 2 (partial response)",
           "hydroxyurea then azacitidine x 4", "CPX-351 x 2 cycles", "R-CHOP/R-DHAP then autologous transplant, relapse at 3 years",
           "7+3, HiDAC x 3; rising NPM1 MRD"],
}


def weight(rng, p, on):
    a = p.age(on)
    if a < 16:
        return max(12, int(8 + 3 * a + rng.randint(-3, 4)))
    return rng.randint(50, 104)


REGIMEN = ["Flu/Bu4 (myéloablatif)", "Flu/Mel 140", "Cy/TBI 12 Gy", "Flu/Bu2 + ATG",
           "Flu/Cy/TBI 2 Gy + PTCy (haplo)", "BEAM (autogreffe)", "Mel 200 (autogreffe)"]
REGIMEN_EN = ["Flu/Bu4 (myeloablative)", "Flu/Mel 140", "Cy/TBI 12 Gy", "Flu/Bu2 + ATG",
              "Flu/Cy/TBI 2 Gy + PTCy (haplo)", "BEAM (autologous)", "Mel 200 (autologous)"]

MEDS = {
    "fr": ["tacrolimus (Prograf) 1 mg PO BID", "mycophénolate mofétil (CellCept) 1 g PO BID",
           "posaconazole 300 mg PO DIE", "valacyclovir 500 mg PO BID",
           "létermovir (Prevymis) 480 mg PO DIE", "TMP-SMX DS 1 co lun-mer-ven",
           "prednisone 50 mg PO DIE", "ursodiol 300 mg PO TID", "pantoprazole 40 mg DIE",
           "cyclosporine (Neoral) 100 mg PO BID", "ruxolitinib (Jakavi) 10 mg BID",
           "fluconazole 400 mg DIE", "magnésium glucoheptonate 15 mL TID",
           "budésonide (Entocort) 9 mg DIE", "acyclovir 400 mg PO BID"],
    "en": ["tacrolimus (Prograf) 1 mg PO BID", "mycophenolate mofetil (CellCept) 1 g PO BID",
           "posaconazole 300 mg PO daily", "valacyclovir 500 mg PO BID",
           "letermovir (Prevymis) 480 mg PO daily", "TMP-SMX DS 1 tab Mon/Wed/Fri",
           "prednisone 50 mg PO daily", "ursodiol 300 mg PO TID", "pantoprazole 40 mg daily",
           "cyclosporine (Neoral) 100 mg PO BID", "ruxolitinib (Jakafi) 10 mg BID",
           "fluconazole 400 mg daily", "magnesium glucoheptonate 15 mL TID",
           "budesonide (Entocort) 9 mg daily", "acyclovir 400 mg PO BID"],
}

HLA = {
    "A": ["01:01", "02:01", "03:01", "11:01", "24:02", "26:01", "29:02", "31:01", "68:01"],
    "B": ["07:02", "08:01", "15:01", "18:01", "35:01", "40:01", "44:02", "44:03", "51:01", "57:01"],
    "C": ["03:04", "04:01", "05:01", "06:02", "07:01", "07:02", "12:03"],
    "DRB1": ["01:01", "03:01", "04:01", "07:01", "11:01", "13:01", "15:01"],
    "DQB1": ["02:01", "03:01", "03:02", "05:01", "06:02", "06:03"],
}


def hla_typing(rng):
    return {loc: sorted(rng.sample(v, 2)) for loc, v in HLA.items()}


def hla_str(t):
    return "  ".join("%s*%s, %s*%s" % (loc, a[0], loc, a[1]) for loc, a in t.items())


def hla_short(t):
    return "; ".join("%s %s/%s" % (loc, a[0], a[1]) for loc, a in t.items())


def counts(rng, day):
    """Plausible ANC / platelets / Hb for a post-transplant day."""
    if day < 12:
        anc = round(rng.uniform(0.0, 0.2), 2)
    elif day < 20:
        anc = round(rng.uniform(0.1, 1.4), 1)
    else:
        anc = round(rng.uniform(0.8, 4.5), 1)
    plt = rng.randint(6, 25) if day < 18 else rng.randint(14, 140)
    hb = rng.randint(66, 112)
    return anc, plt, hb


def dec(x, lang):
    s = ("%s" % x)
    return s.replace(".", ",") if lang == "fr" else s


# --------------------------------------------------------------------------- signatures
FEM = [("Infirmière", "Infirmier"), ("infirmière", "infirmier"), ("Coordonnatrice", "Coordonnateur"),
       ("coordonnatrice", "coordonnateur"), ("Travailleuse", "Travailleur"), ("Adjointe", "Adjoint"),
       ("Agente", "Agent"), ("administrative", "administratif"), ("Conseillère", "Conseiller"),
       ("clinicienne", "clinicien")]


def role_for(p, role):
    if p.sex == "M":
        for f, m in FEM:
            role = role.replace(f, m)
    return role


def sig(p, lang, role, short=False):
    role = role_for(p, role)
    if lang == "fr":
        if short:
            return "%s\n%s, %s" % (p.given, role, ORG["fr_name"])
        return ("%s %s\n%s\n%s — %s\n%s\nTél. : %s, poste %s | Téléc. : %s" % (
            "Dre" if (role.startswith("Héma") and p.sex == "F") else ("Dr" if role.startswith("Héma") else ""),
            p.full, role, ORG["fr_prog"], ORG["fr_name"], ORG["addr"], ORG["tel"], p.ext,
            ORG["fax_bmt"])).strip()
    if short:
        return "%s\n%s, %s" % (p.given, role, ORG["en_name"])
    return ("%s%s\n%s\n%s, %s\n%s\nTel. %s ext. %s | Fax %s" % (
        "Dr. " if role.startswith("Haemat") else "", p.full, role, ORG["en_prog"], ORG["en_name"],
        ORG["addr_en"], ORG["tel"], p.ext, ORG["fax_bmt"]))


def ext_sig(name, lang, role, inst):
    nm, dom, tel = EXT[inst]
    if lang == "fr":
        return "%s\n%s\n%s\nTél. : %s" % (name, role, nm, tel)
    return "%s\n%s\n%s\nPhone: %s" % (name, role, nm, tel)


CONF_FOOTER = {
    "fr": ("AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. "
           "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur."),
    "en": ("CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you "
           "received it in error, please delete it and notify the sender."),
}


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def reply_attr(lang, dt, who):
    if lang == "fr":
        return "Le %s à %s, %s a écrit :" % (fr_date(dt.date()), dt.strftime("%H:%M"), who)
    return "On %s, at %s, %s wrote:" % (en_date(dt.date()), dt.strftime("%H:%M"), who)


def fwd_block(lang, frm, dt, subject, to, body):
    if lang == "fr":
        head = ("-------- Message transféré --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n"
                % (frm, fr_date(dt.date()) + " " + dt.strftime("%H:%M"), to, subject))
    else:
        head = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nTo: %s\nSubject: %s\n"
                % (frm, en_date(dt.date()) + " " + dt.strftime("%H:%M"), to, subject))
    return head + "\n" + body


def earlier(dt, rng, hours=(1, 30)):
    return dt - datetime.timedelta(hours=rng.randint(*hours), minutes=rng.randint(0, 59))


def staff_addr(p, dom=None):
    return (p.full, p.email(dom or ORG["dom"]))


def greet(lang, rng, name=None):
    if lang == "fr":
        g = rng.choice(["Bonjour", "Bonjour", "Salut", "Allô", "Bon matin"])
    else:
        g = rng.choice(["Hi", "Hello", "Good morning", "Hi there", "Dear"])
    if name:
        return "%s %s," % (g, name)
    return g + ","


def close(lang, rng):
    if lang == "fr":
        return rng.choice(["Merci !", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée,"])
    return rng.choice(["Thanks,", "Many thanks,", "Best regards,", "Regards,", "Thank you,", "Cheers,"])


def md(p, lang):
    if lang == "fr":
        return ("Dre " if p.sex == "F" else "Dr ") + p.full
    return "Dr. " + p.full


MED_KW = ["pip-tazo", "hydromorphone", "méthylpred", "défibrotide", "busulfan", "tacro", "ondansétron", "amlodipine",
          "insuline", "mero", "pred ", "valgan", "Bu PK", "G-CSF", "defibrotide"]
LAB_KW = ["bili", "16,2", "plq 14", "VL 2,900", "tac level", "CMV PCR"]


def roster_types(text, base=("patient_name", "diagnosis")):
    t = list(base)
    if any(k in text for k in MED_KW):
        t.append("medication")
    if any(k in text for k in LAB_KW):
        t.append("lab_result")
    return t
