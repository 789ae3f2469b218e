"""Positive scenarios, part 2: scabies, misdirected mail, meningococcus, home care, youth, ICS, vCard, ZIP."""
import gen_common as C
import gen_docs as D
from gen_scen import SST_BOX_EN, SST_BOX_FR, outlook_block, quote_block, spec


def scabies(ctx):
    r = ctx.rng
    ipc = ctx.staff(role=ctx.L("infirmière PCI", "IPAC nurse"))
    nurse = ctx.staff()
    p = ctx.patient(lo=1930, hi=1955)
    unit = ctx.pick(["CHSLD Pavillon B", "gériatrie (2e Ouest)", "3e Nord (médecine)"], ["LTC Pavilion B", "Geriatrics (2 West)", "3 North (medicine)"])
    ctx.t("diagnosis", "medication")
    nm = ctx.name(p, ["plain", "upper_first", "title", "comma"])
    mrn = ""
    if r.random() < 0.6:
        mrn = ctx.L(", dossier ", ", chart ") + ctx.mrn(p)
    if ctx.fr:
        subj = r.choice(["Gale croûtée - exposition du personnel", "Gale %s : employés à traiter?" % unit])
        text = ("Bonjour %s,\n\nDiagnostic de gale croûtée (norvégienne) confirmé hier par la dermato chez %s%s, résidente au %s depuis 3 semaines. "
                "Traitement débuté : ivermectine 200 mcg/kg PO J1-J2-J8 + perméthrine 5 %% crème.\n\n"
                "Tous les employés ayant donné des soins sans gants depuis le %s devraient recevoir un traitement prophylactique. "
                "Je t'envoie la liste par l'horaire de l'unité cet après-midi.\n\n%s\n%s") % (
            nurse["given"], nm, mrn, unit, ctx.dstr(21), C.full(ipc), ipc["role"])
    else:
        subj = r.choice(["Crusted scabies - staff exposure", "Scabies on %s: staff to treat?" % unit])
        text = ("Hi %s,\n\nDermatology confirmed crusted (Norwegian) scabies yesterday in %s%s, a resident of %s for 3 weeks. "
                "Treatment started: ivermectin 200 mcg/kg PO D1-D2-D8 + permethrin 5%% cream.\n\n"
                "All staff who gave care without gloves since %s should get prophylactic treatment. "
                "I'll send you the list from the unit schedule this afternoon.\n\n%s\n%s") % (
            nurse["given"], nm, mrn, unit, ctx.dstr(21), C.full(ipc), ipc["role"])
    return spec(ctx, "scabies", ctx.L("gale croûtée chez une résidente nommée", "crusted scabies in a named resident"),
                ipc, [nurse], subj, text)


def misdirected_referral(ctx):
    """A physician sends a referral to the OH mailbox by mistake; OH replies with it quoted."""
    r = ctx.rng
    clerk = ctx.staff(role=ctx.L("technicienne en administration, SST", "OHS Administrative Technician"))
    doc = ctx.staff(role="")
    p = ctx.nam_patient(18)
    ctx.t("diagnosis", "medication", "patient_name")
    spec_, dx, meds = ctx.pick([("rhumatologie", "polyarthrite rhumatoïde séropositive, érosions aux mains", "méthotrexate 20 mg/sem, acide folique 5 mg"),
                         ("gastro-entérologie", "maladie de Crohn iléale, sténose", "adalimumab 40 mg q2sem"),
                         ("cardiologie", "FA paroxystique, ICC FEVG 35 %", "apixaban 5 mg BID, bisoprolol 5 mg"),
                         ("pneumologie", "MPOC GOLD 3, 2 exacerbations/an", "Trelegy Ellipta 1 inh die, salbutamol PRN")],
                        [("rheumatology", "seropositive rheumatoid arthritis, erosions in hands", "methotrexate 20 mg/wk, folic acid 5 mg"),
                         ("gastroenterology", "ileal Crohn's disease with stricture", "adalimumab 40 mg q2wk"),
                         ("cardiology", "paroxysmal AF, HF with EF 35%", "apixaban 5 mg BID, bisoprolol 5 mg"),
                         ("respirology", "COPD GOLD 3, 2 exacerbations/yr", "Trelegy Ellipta 1 inh daily, salbutamol PRN")])
    ctx.t("date_of_birth")
    if ctx.fr:
        osubj = "Référence %s - %s" % (spec_, p["surname"].upper())
        orig = ("Bonjour,\n\nMerci de voir en %s :\n%s, %s\nDDN %s — %s — NAM %s\nTél. dom. %s\n\n"
                "Dx : %s\nRx : %s\nPriorité B. Dernières notes en pièce jointe au DME.\n\n%s") % (
            spec_, p["surname"].upper(), p["given"], ctx.dob(p), ctx.sex_label(p), ctx.nam(p), C.phone(r), dx, meds, doc["dr"] + " " + C.full(doc))
        ctx.t("patient_contact")
        text = ("Bonjour %s,\n\nCe message a été envoyé par erreur à la boîte de la santé et sécurité au travail. "
                "Nous ne l'avons pas traité; veuillez le réacheminer au centre de répartition des demandes de services (CRDS) "
                "et supprimer notre adresse de votre carnet.\n\nMerci,\n%s\n%s\n\n%s") % (
            doc["drs"], C.full(clerk), clerk["role"], outlook_block(ctx, doc, [{"given": "Santé", "surname": "travail"}], osubj, orig, 2))
        subj = "TR: " + osubj if r.random() < 0.3 else "RE: " + osubj
    else:
        osubj = "Referral %s - %s" % (spec_, p["surname"].upper())
        orig = ("Hello,\n\nPlease see in %s:\n%s, %s\nDOB %s - %s - RAMQ %s\nHome phone %s\n\n"
                "Dx: %s\nMeds: %s\nPriority B. Latest notes are in the EMR.\n\n%s") % (
            spec_, p["surname"].upper(), p["given"], ctx.dob(p), ctx.sex_label(p), ctx.nam(p), C.phone(r), dx, meds, doc["dr"] + " " + C.full(doc))
        ctx.t("patient_contact")
        text = ("Dear %s,\n\nThis message was sent to the Occupational Health mailbox by mistake. "
                "We have not acted on it; please redirect it to the central referral office (CRDS) "
                "and remove our address from your contacts.\n\nThank you,\n%s\n%s\n\n%s") % (
            doc["drs"], C.full(clerk), clerk["role"], outlook_block(ctx, doc, [{"given": "Occupational", "surname": "Health"}], osubj, orig, 2))
        subj = "RE: " + osubj
    return spec(ctx, "misdirected_referral", ctx.L("référence envoyée par erreur, citée dans la réponse", "misdirected referral quoted in reply"),
                clerk, [doc], subj, text)


def meningo_prophylaxis(ctx):
    r = ctx.rng
    md = ctx.staff(role=ctx.L("médecin responsable, santé au travail", "Occupational Health Physician"))
    ed = ctx.staff(role=ctx.L("chef de service, urgence", "Head, Emergency Department"))
    p = ctx.patient(lo=1995, hi=2006)
    ctx.t("diagnosis", "lab_result")
    nm = ctx.name(p, ["plain", "upper_first", "title", "initial"])
    subj_name = r.random() < 0.5
    if ctx.fr:
        subj = ("Méningo - %s - prophylaxie employés" % nm) if subj_name else "Méningococcémie à l'urgence - prophylaxie des employés"
        if not subj_name:
            body_name = "%s (%s)" % (nm, ctx.L("civière 14", ""))
        else:
            body_name = "ce patient (civière 14)"
        text = ("Bonjour %s,\n\nHémoculture et LCR positifs à N. meningitidis sérogroupe B chez %s, intubé à l'urgence le %s. "
                "Les employés ayant participé à l'intubation ou à l'aspiration sans masque sont des contacts étroits.\n\n"
                "Prophylaxie recommandée : ciprofloxacine 500 mg PO dose unique (ou ceftriaxone 250 mg IM si grossesse). "
                "Merci de m'envoyer les noms d'ici 14 h; la SST distribuera les doses.\n\n%s") % (
            ed["given"], body_name, ctx.dstr(1), ctx.sig(md))
    else:
        subj = ("Meningococcal - %s - staff prophylaxis" % nm) if subj_name else "Meningococcemia in ED - staff prophylaxis"
        body_name = ("%s (stretcher 14)" % nm) if not subj_name else "this patient (stretcher 14)"
        text = ("Hi %s,\n\nBlood culture and CSF grew N. meningitidis serogroup B in %s, intubated in the ED on %s. "
                "Staff who took part in intubation or suctioning without a mask are close contacts.\n\n"
                "Recommended prophylaxis: ciprofloxacin 500 mg PO single dose (or ceftriaxone 250 mg IM if pregnant). "
                "Please send me the names by 2 pm; Occupational Health will hand out doses.\n\n%s") % (
            ed["given"], body_name, ctx.dstr(1), ctx.sig(md))
    return spec(ctx, "meningo_prophylaxis", ctx.L("méningocoque chez un patient nommé, prophylaxie du personnel",
                                                  "meningococcal case in a named patient, staff prophylaxis"),
                md, [ed], subj, text)


def homecare_bite(ctx):
    r = ctx.rng
    nurse = ctx.staff()
    mgr = ctx.staff(role=ctx.L("chef de programme, soutien à domicile", "Home Care Program Manager"))
    worker = ctx.people.staff()
    p = ctx.patient(lo=1935, hi=1960)
    adr = C.address(r)
    tel = C.phone(r)
    ctx.t("patient_contact", "diagnosis")
    nm = ctx.name(p, ["plain", "title", "upper_first"])
    dx = ctx.pick(["ulcère veineux jambe droite, pansements 3x/sem", "plaie de pied diabétique, diabète type 2 sous insuline",
                   "soins palliatifs (néo pancréas), pompe sous-cutanée"],
                  ["venous ulcer right leg, dressings 3x/wk", "diabetic foot wound, insulin-treated type 2 diabetes",
                   "palliative care (pancreatic cancer), subcutaneous pump"])
    if ctx.fr:
        subj = "Morsure de chien lors d'une visite à domicile"
        text = ("Bonjour %s,\n\n%s (%s) a subi une morsure au mollet par le chien de l'usager lors de la visite de ce matin.\n"
                "Usager : %s, %s — tél. %s\nSuivi : %s.\n\n"
                "Pour les prochaines visites, j'ai demandé que le chien soit enfermé avant notre arrivée. "
                "Pouvez-vous confirmer avec la famille et inscrire la consigne au plan d'intervention? "
                "La SST fait le suivi (vaccin antitétanique à jour, antibioprophylaxie évaluée) et la déclaration à la municipalité.\n\n%s") % (
            mgr["given"], C.full(worker), "infirmière auxiliaire" if worker["sex"] == "F" else "infirmier auxiliaire",
            nm, adr, tel, dx, ctx.sig(nurse))
    else:
        subj = "Dog bite during a home visit"
        text = ("Hi %s,\n\n%s (LPN) was bitten on the calf by the client's dog during this morning's visit.\n"
                "Client: %s, %s - tel. %s\nFollow-up: %s.\n\n"
                "For upcoming visits, I asked that the dog be shut away before we arrive. "
                "Could you confirm with the family and add it to the care plan? "
                "Occupational Health is following up (tetanus up to date, antibiotic prophylaxis assessed) and will report to the municipality.\n\n%s") % (
            mgr["given"], C.full(worker), nm, adr, tel, dx, ctx.sig(nurse))
    return spec(ctx, "homecare_bite", ctx.L("morsure en soins à domicile, adresse de l'usager", "home-care dog bite with client's address"),
                nurse, [mgr], subj, text)


def dpj_youth_assault(ctx):
    r = ctx.rng
    adv = ctx.staff()
    mgr = ctx.staff(role=ctx.L("chef d'unité, pédopsychiatrie", "Manager, Child Psychiatry"))
    victim = ctx.people.staff()
    p = ctx.patient(lo=2008, hi=2011)
    ctx.t("social_information", "diagnosis", "medication")
    nm = ctx.name(p, ["initial", "plain", "upper_first"])
    drug = ctx.pick(["rispéridone 1 mg BID", "méthylphénidate (Concerta) 36 mg", "guanfacine 2 mg"],
                    ["risperidone 1 mg BID", "methylphenidate (Concerta) 36 mg", "guanfacine 2 mg"])
    if ctx.fr:
        subj = "Agression - unité de pédopsychiatrie - suivi"
        text = ("Bonjour %s,\n\nSuite à l'agression d'hier envers %s (équipe éducative) : le jeune impliqué est %s, 14 ans, "
                "placé en vertu de la LPJ (DPJ, ordonnance de 2 ans), en attente de place en centre de réadaptation. "
                "Dx : trouble des conduites, TDAH; Rx : %s. La famille d'accueil a mis fin au placement la semaine dernière.\n\n"
                "Je rencontre l'employé(e) demain pour la déclaration. Peux-tu valider avec l'intervenante DPJ si un plan "
                "de désescalade commun est possible?\n\n%s") % (mgr["given"], C.full(victim), nm, drug, ctx.sig(adv))
    else:
        subj = "Assault - child psychiatry unit - follow-up"
        text = ("Hi %s,\n\nFollowing yesterday's assault on %s (youth worker): the youth involved is %s, 14, "
                "placed under the Youth Protection Act (DYP, 2-year order), waiting for a rehab centre bed. "
                "Dx: conduct disorder, ADHD; meds: %s. The foster family ended the placement last week.\n\n"
                "I'm meeting the employee tomorrow for the report. Could you check with the DYP worker whether a shared "
                "de-escalation plan is possible?\n\n%s") % (mgr["given"], C.full(victim), nm, drug, ctx.sig(adv))
    return spec(ctx, "dpj_youth_assault", ctx.L("agression en pédopsychiatrie, jeune placé DPJ", "assault by a youth under youth protection"),
                adv, [mgr], subj, text)


def ics_source_draw(ctx):
    r = ctx.rng
    nurse = ctx.staff()
    lab = ctx.staff(role=ctx.L("infirmière, centre de prélèvements", "Nurse, blood collection centre"))
    p = ctx.patient()
    ctx.t("patient_name", "diagnosis", "mrn")
    ctx.ids.append(("mrn", p["mrn"]))
    d = ctx.day(-1)
    start = d.strftime("%Y%m%d") + "T%02d0000" % r.choice([8, 9, 10, 13])
    end = start[:-6] + "%02d3000" % int(start[-6:-4])
    dx = ctx.pick(C.SOURCE_DX_FR, C.SOURCE_DX_EN)
    if ctx.fr:
        summary = "Prélèvement patient source - %s (dossier %s)" % (p["surname"].upper() + " " + p["given"], p["mrn"])
        desc = ("Patient source d'une exposition percutanée (employé SST). ATCD : %s. Consentement signé. "
                "AgHBs, anti-VHC, Ag/Ac VIH, ARN VHC. Patient a reçu son congé : se présente en externe.") % dx
        text = "Bonjour %s,\n\nJe réserve une plage pour le prélèvement du patient source (voir invitation). Le patient se présentera au comptoir 2.\n\nMerci!\n%s" % (lab["given"], nurse["given"])
        subj = "Invitation : Prélèvement patient source"
        loc = "Centre de prélèvements, RC-120"
    else:
        summary = "Source patient blood draw - %s (MRN %s)" % (p["surname"].upper() + " " + p["given"], p["mrn"])
        desc = ("Source patient of a percutaneous exposure (OH employee). Hx: %s. Consent signed. "
                "HBsAg, anti-HCV, HIV Ag/Ab, HCV RNA. Patient discharged: coming as outpatient.") % dx
        text = "Hi %s,\n\nI'm booking a slot for the source patient's blood draw (see invite). The patient will check in at counter 2.\n\nThanks!\n%s" % (lab["given"], nurse["given"])
        subj = "Invitation: Source patient blood draw"
        loc = "Blood collection centre, G-120"
    ical = D.ics("src-%d-%s@chvo.example" % (ctx.index, p["mrn"]), start, end, summary, desc, loc,
                 (C.full(nurse), nurse["email"]), [(C.full(lab), lab["email"])])
    return spec(ctx, "ics_source_draw", ctx.L("invitation calendrier pour prélèvement du patient source", "calendar invite for source patient draw"),
                nurse, [lab], subj, text, attachments=[{"filename": "invite.ics", "ctype": D.CT["ics"], "text": ical,
                                                         "charset": "utf-8", "disposition": "inline"}])


def vcard_source(ctx):
    r = ctx.rng
    nurse = ctx.staff()
    md = ctx.staff(role="")
    p = ctx.patient()
    ctx.t("patient_name", "patient_contact", "diagnosis")
    tel = C.phone(r)
    adr_town, pc = r.choice(C.TOWNS)
    street = "%d %s" % (r.randint(10, 999), r.choice(C.STREETS))
    note = ctx.L("Patient source exposition SST du %s - ATCD hépatite C - rappeler pour consentement sérologies" % ctx.dstr(4, "num"),
                 "Source patient OH exposure %s - Hx hepatitis C - call back re consent for bloodwork" % ctx.dstr(4, "num"))
    card = D.vcard(C.full(p), [p["surname"], p["given"], "", "", ""], tels=[("HOME", tel), ("CELL", C.phone(r))],
                   adr="%s;%s;QC;%s;Canada" % (street, adr_town, pc), note=note)
    fn = "%s_%s.vcf" % (p["surname"], p["given"])
    if ctx.fr:
        subj = "Coordonnées du patient source"
        text = ("%s,\n\nLe patient source a eu son congé avant qu'on obtienne son consentement. Voici sa fiche contact "
                "(pièce jointe) telle qu'inscrite à l'admission. Pourriez-vous l'appeler vous-même? Vous êtes son médecin traitant.\n\n%s") % (md["drs"], ctx.sig(nurse))
    else:
        subj = "Source patient contact details"
        text = ("%s,\n\nThe source patient was discharged before we got consent. Here's the contact card "
                "(attached) as recorded at admission. Could you call directly? You are the attending physician.\n\n%s") % (md["drs"], ctx.sig(nurse))
    return spec(ctx, "vcard_source", ctx.L("fiche vCard du patient source", "source patient vCard"),
                nurse, [md], subj, text, attachments=[{"filename": fn, "ctype": D.CT["vcf"], "text": card}])


def zip_exposure_pack(ctx):
    r = ctx.rng
    nurse = ctx.staff()
    md = ctx.staff(role=ctx.L("microbiologiste-infectiologue", "Infectious Diseases physician"))
    p = ctx.nam_patient(18)
    ctx.t("patient_name", "date_of_birth", "lab_result", "diagnosis", "mrn")
    ctx.ids.append(("mrn", p["mrn"]))
    ctx.ids.append(("ramq_nam", p["nam"]))
    ctx.t("ramq_nam")
    vl = r.randint(40, 250000)
    cd4 = r.randint(180, 900)
    lines = [ctx.L("Patient source", "Source patient"), "",
             ctx.L("Nom : ", "Name: ") + p["surname"].upper() + ", " + p["given"],
             ctx.L("DDN : ", "DOB: ") + p["dob"] + "   " + ctx.sex_label(p) + "   NAM : " + C.fmt_nam(r, p["nam"]),
             ctx.L("Dossier : ", "Chart: ") + p["mrn"], "",
             ctx.L("VIH connu, sous Biktarvy; dernier suivi clinique il y a 8 mois.", "Known HIV on Biktarvy; last clinic visit 8 months ago."),
             ctx.L("Charge virale VIH : %d copies/mL", "HIV viral load: %d copies/mL") % vl,
             "CD4 : %d x 10^6/L" % cd4]
    ctx.t("medication")
    csvt = D.csv_text([["test", "result", "unit", "flag"], ["HIV-1 RNA", str(vl), "copies/mL", "H"], ["CD4", str(cd4), "10^6/L", ""],
                       ["HBsAg", "non-reactive", "", ""], ["anti-HCV", "non-reactive", "", ""]], sep=",")
    members = [(ctx.L("source_%s.pdf", "source_%s.pdf") % p["mrn"], D.pdf(ctx.L("Patient source - résumé", "Source patient - summary"), lines)),
               ("labo_%s.csv" % p["mrn"], csvt.encode("utf-8")),
               (ctx.L("LISEZMOI.txt", "README.txt"), ctx.L("Dossier d'exposition - usage SST seulement.\r\n", "Exposure file - OH use only.\r\n").encode("utf-8"))]
    zb = D.zipfile_bytes(members)
    if ctx.fr:
        subj = "Exposition à haut risque - dossier complet pour avis"
        text = ("Bonjour %s,\n\nExposition percutanée profonde d'une infirmière il y a 2 h; la source est VIH+ avec charge virale "
                "détectable (voir archive). Prophylaxie post-exposition débutée à la SST. Votre avis sur le choix d'ARV serait apprécié.\n\n"
                "Mot de passe de l'archive transmis par téléphone.\n\n%s") % (md["drs"], ctx.sig(nurse))
    else:
        subj = "High-risk exposure - full file for advice"
        text = ("%s,\n\nDeep percutaneous exposure of a nurse 2 h ago; the source is HIV+ with a detectable viral load "
                "(see archive). PEP started in Occupational Health. Your advice on ARV choice would be appreciated.\n\n"
                "Archive password sent by phone.\n\n%s") % (md["drs"], ctx.sig(nurse))
    return spec(ctx, "zip_exposure_pack", ctx.L("archive ZIP d'exposition avec données du patient source", "ZIP exposure pack with source patient data"),
                nurse, [md], subj, text, attachments=[{"filename": ctx.L("exposition_%s.zip", "exposure_%s.zip") % ctx.day(0).strftime("%Y%m%d"),
                                                         "ctype": D.CT["zip"], "data": zb}])


SCENARIOS = [scabies, misdirected_referral, meningo_prophylaxis, homecare_bite, dpj_youth_assault, ics_source_draw,
             vcard_source, zip_exposure_pack]
