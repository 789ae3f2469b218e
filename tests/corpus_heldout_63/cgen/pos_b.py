"""Positive builders, part B: out-of-province/foreign patients, calendar, vCard, ZIP,
attached .eml, quoted replies, subject-only, SIN forms, CSV exports, disguised identifiers."""
import datetime

from . import ids, world, pos_a
from .attach import att_pdf, att_docx, att_csv, att_ics, att_vcf, att_zip, att_eml, make_pdf
from .common import re_prefix, fw_prefix
from .pos_a import pat, age_sex, nam_txt, nam_label, dob_txt, dob_label, mrn_txt, mrn_label, surg_dx, bed, maybe_typo


def ontario_transfer(c):
    r = c.rng
    p = c.inv('on', 1938, 2010)
    c.add('ca_health_number', 'patient_name', 'diagnosis')
    vc = r.choice(['', '', r.choice('ABCDEHKLMNPRSTWXYZ') + r.choice('ABCDEHKLMNPRSTWXYZ')])
    hn = ids.fmt_ohn(p.ohn, r.choice(['dash', 'space', 'plain']), vc)
    direction = r.choice(['on2qc', 'qc_seen', 'on2on'])
    if direction == 'on2on':
        sender = c.staff('urg', 'on')
        to = [c.staff('trauma', 'lt')]
    elif direction == 'on2qc':
        sender = c.staff('urg', 'on')
        to = [c.staff('urg', 'hr')]
    else:
        sender = c.staff(r.choice(['agent', 'urg']), 'hr')
        to = [(f"Health Records – {world.INST['on']['en']}", f"health.records@{world.INST['on']['dom']}")]
    dx = c.p(world.DX_MED) if c.chance(0.5) else surg_dx(c, p)[0]
    hcl = r.choice(["OHIP", "OHIP #", "Ontario HCN", "HCN", "Health card", "carte santé Ontario" if c.lang == 'fr' else "ON health card"])
    if c.cycle('ontario.anon', [False, True, False]):
        c.types.discard('patient_name')
        lines = [f"{hcl}: {hn} ({age_sex(c, p)})"]
    else:
        lines = [f"{c.t('Nom', 'Name')}: {c.name(p, ['full', 'last_first', 'title', 'caps'])}", f"{hcl}: {hn}"]
    if c.chance(0.6):
        lines.append(f"{dob_label(c)}: {dob_txt(c, p, r.choice(['iso', 'us', 'long']))}")
    if c.chance(0.4):
        lines.append(f"{mrn_label(c)}: {mrn_txt(c, p, 'on')}")
    lines.append(f"Dx: {dx}")
    if c.chance(0.6):
        lines.append(c.t("Labos : ", "Labs: ") + world.lab(r, c.lang))
        c.add('lab_result')
    if c.chance(0.5):
        lines.append(c.t("Rx : ", "Meds: ") + c.p(world.MEDS) + ", " + c.p(world.MEDS))
        c.add('medication')
    if direction == 'qc_seen':
        intro = c.t("Patient(e) de l'Ontario vu(e) chez nous; merci de nous transmettre le dernier ECG et la liste de médicaments.",
                    "Ontario resident seen in our ED; please send us the most recent ECG and medication list.")
    else:
        intro = c.t("Demande de transfert pour prise en charge; détails ci-dessous.",
                    "Requesting transfer for further management; details below.")
    subj = r.choice([c.t("Transfert interprovincial", "Transfer request"), c.t("Demande de dossier", "Records request"),
                     "Patient transfer – OHIP patient"] + ([f"{p.surname} – {c.t('transfert', 'transfer')}"] if 'patient_name' in c.types else []))
    blocks = [c.greeting(to[0] if not isinstance(to[0], tuple) else None), intro, "\n".join(lines), c.closing(), c.sig(sender)]
    c.notes.append("Ontario patient with health number")
    return c.mail(sender, to, subj, blocks)


def foreign_patient(c):
    r = c.rng
    origin = ['be', 'fr'][c.pool.count('foreign') % 2]
    p = c.inv(origin, 1940, 2008)
    c.lang = 'fr' if c.chance(0.85) else 'en'
    if origin == 'be':
        num = ids.fmt_niss(p.niss, r.choice(['dots', 'space', 'plain']))
        lbl = r.choice(["NISS", "N° national", "numéro de registre national", "INSZ/NISS"])
        c.add('be_niss')
    else:
        num = ids.fmt_nir(p.nir, r.choice(['space', 'key', 'plain']))
        lbl = r.choice(["NIR", "N° de sécurité sociale", "n° sécu", "INSEE"])
        c.add('fr_nir')
    c.add('patient_name', 'diagnosis')
    sender = c.staff(r.choice(['urg', 'agent', 'ts']), r.choice(['rn', 'sa']))
    if c.chance(0.5):
        to = [(world.INSURER[c.lang], f"dossiers.medicaux@{world.INSURER['dom']}")]
        intro = c.t("Suite à votre appel, voici les informations médicales demandées pour votre assuré(e).",
                    "Following your call, here is the requested medical information for your insured.")
    else:
        inst = world.INST[origin]
        to = [(f"{inst['fr']} – urgences", f"urgences@{inst['dom']}")]
        intro = c.t("Nous avons pris en charge un(e) de vos résident(e)s; voici un résumé en vue du retour au pays.",
                    "We are treating one of your residents; summary below ahead of repatriation.")
    dx = r.choice([c.t("fracture du plateau tibial G (accident de ski)", "left tibial plateau fracture (ski accident)"),
                   c.t("traumatisme crânien avec HSD mince, observation", "head injury with thin SDH, observation"),
                   c.t("STEMI traité par angioplastie", "STEMI treated with PCI"),
                   surg_dx(c, p)[0]])
    lines = [f"{c.t('Nom', 'Name')} : {c.name(p, ['caps', 'full', 'title'])}", f"{lbl} : {num}"]
    if c.chance(0.6):
        lines.append(f"{dob_label(c)} : {dob_txt(c, p, 'slash')}")
    lines.append(c.t(f"Diagnostic : {dx}", f"Diagnosis: {dx}"))
    if c.chance(0.5):
        lines.append(c.t(f"Adresse au pays : {world.address(r, origin)}", f"Home address: {world.address(r, origin)}"))
        c.add('patient_contact')
    if c.chance(0.5):
        lines.append(c.t("Traitement : ", "Treatment: ") + c.p(world.MEDS_GIVEN))
        c.add('medication')
    lines.append(c.t(f"Apte au vol : {r.choice(['oui, avec accompagnement', 'non avant J+10', 'à réévaluer'])}",
                     f"Fit to fly: {r.choice(['yes, escorted', 'not before day 10', 'to be reassessed'])}"))
    subj = r.choice([c.t("Rapatriement – informations médicales", "Repatriation – medical information"),
                     c.t(f"Dossier assistance {p.surname}", f"Assistance file {p.surname}"),
                     c.t("Patient étranger – résumé", "International patient – summary")])
    atts = []
    blocks = [c.t("Madame, Monsieur,", "Dear colleagues,"), intro]
    if c.chance(0.4):
        atts.append(att_pdf(f"resume_{p.surname}.pdf", c.t("Résumé médical", "Medical summary"), lines, author=sender.full))
        blocks.append(c.t("Le résumé est en pièce jointe.", "Summary attached."))
    else:
        blocks.append("\n".join(lines))
    blocks += [c.closing(), c.sig(sender)]
    c.notes.append("foreign patient with %s" % ('NISS' if origin == 'be' else 'NIR'))
    return c.mail(sender, to, subj, blocks, attachments=atts)


def ics_surgery(c):
    r = c.rng
    p = pat(c)
    sender = c.staff('bloc', 'rn')
    surg = c.staff(r.choice(['chir', 'ortho']), 'rn')
    anes = c.staff('anes', 'rn')
    dx, proc = surg_dx(c, p)
    start = datetime.datetime.combine(c.day(r.randrange(2, 20)), datetime.time(r.choice([7, 8, 10, 13]), r.choice([0, 30])))
    end = start + datetime.timedelta(minutes=r.choice([60, 90, 120, 180]))
    c.add('patient_name', 'diagnosis')
    summ = r.choice([f"{c.t('Bloc', 'OR')} {r.randrange(1, 9)} – {p.surname} {p.given} – {proc}",
                     f"{proc} – {c.name(p, ['title', 'last_first'])}"])
    desc = [c.t(f"Indication : {dx}", f"Indication: {dx}")]
    if c.chance(0.6):
        desc.append(f"{mrn_label(c)} {mrn_txt(c, p, 'rn')}")
    if c.chance(0.4):
        desc.append(c.t("Cesser apixaban 48 h avant", "Hold apixaban 48h prior"))
        c.add('medication')
    if c.chance(0.3):
        desc.append(f"{dob_label(c)} {dob_txt(c, p, 'iso')}")
    if p.nam and c.chance(0.3):
        desc.append(f"{nam_label(c)} {nam_txt(c, p)}")
    uid = f"{r.randrange(10**9, 10**10)}@{world.INST['rn']['dom']}"
    ics = att_ics("invite.ics", uid, start, end, summ, "\n".join(desc), c.t(f"Bloc opératoire, salle {r.randrange(1, 9)}", f"Main OR, room {r.randrange(1, 9)}"),
                  (sender.full, sender.email()), [(surg.full, surg.email()), (anes.full, anes.email())], c.date.astimezone(datetime.timezone.utc))
    subj = r.choice([c.t("Invitation : ", "Invitation: ") + summ, c.t("Réservation de salle", "OR booking"),
                     c.t("Ajout au programme", "Added to schedule")])
    if subj.startswith(("Invitation", "Invitation:")) or c.chance(0.5):
        blocks = [c.t(f"{sender.full} vous a invité à : {summ}", f"{sender.full} has invited you to: {summ}"),
                  c.t(f"Quand : {start.strftime('%Y-%m-%d %H:%M')}", f"When: {start.strftime('%Y-%m-%d %H:%M')}")]
    else:
        blocks = [c.greeting(surg), c.t("Cas ajouté, voir l'invitation.", "Case added, see invite."), c.sig(sender, short=True)]
    c.notes.append("calendar invite for a patient's surgery")
    return c.mail(sender, [surg, anes], subj, blocks, attachments=[ics])


def vcard_contact(c):
    r = c.rng
    p = pat(c, adult=True)
    sender = c.staff(r.choice(['inf', 'ts', 'asi']), 'hr')
    to = [(c.t("Soutien à domicile – CLSC", "Home care – CLSC"), f"sad.clsc@{world.INST['hr']['dom']}")]
    addr = world.address(r)
    tel = world.phone(r)
    c.add('patient_name', 'patient_contact')
    note = r.choice([c.t("Congé urgence post-op: pansement VAC à changer q72h", "Post-op ED discharge: VAC dressing change q72h"),
                     c.t("Ulcère pied diabétique – soins de plaie 3x/sem", "Diabetic foot ulcer – wound care 3x/week"),
                     c.t("Fracture poignet, vit seule, besoin aide AVQ", "Wrist fracture, lives alone, needs ADL help")])
    c.add('diagnosis')
    if 'seule' in note or 'alone' in note:
        c.add('social_information')
    bday = None
    if c.chance(0.5):
        bday = p.dob.isoformat()
        c.add('date_of_birth')
    vcf = att_vcf(f"{p.given} {p.surname}.vcf".replace(' ', '_') if c.chance(0.5) else "contact.vcf", p.given, p.surname,
                  tel=[('HOME', tel)], adr=addr, note=note, bday=bday)
    subj = r.choice([c.t("Nouvelle demande SAD", "New home-care request"), c.t("Coordonnées usager", "Client contact details"),
                     c.t("Suivi à domicile à partir de demain", "Home follow-up starting tomorrow")])
    blocks = [c.greeting(), c.t("Voici la fiche contact de l'usager(ère) pour la prise en charge à domicile (voir la note).",
                                "Attached is the client's contact card for home-care follow-up (see note)."),
              c.closing(), c.sig(sender)]
    c.notes.append("vCard with patient contact")
    return c.mail(sender, to, subj, blocks, attachments=[vcf])


def zip_scans(c):
    r = c.rng
    p = pat(c)
    sender = c.staff(r.choice(['agent', 'asi']), 'sa')
    to = [(c.t("Archives médicales", "Health records"), f"archives@{world.INST['sa']['dom']}")]
    dx, proc = surg_dx(c, p)
    c.add('patient_name', 'diagnosis')
    base = f"{p.surname.upper()}_{p.given}".replace(' ', '_')
    slug = proc.split(' ')[0].lower()
    files = []
    for kind in r.sample([c.t("consentement", "consent"), "ECG", c.t("feuille_anesthesie", "anaesthesia_record"),
                          c.t("protocole_op", "op_note"), c.t("note_triage", "triage_note")], r.randrange(2, 4)):
        fn = f"{base}_{kind}_{slug}.pdf" if c.chance(0.7) else f"{base}_{kind}.pdf"
        lines = [f"Patient : {p.full}", c.t(f"Intervention : {proc}", f"Procedure: {proc}")]
        if c.chance(0.5):
            lines.append(f"{mrn_label(c)} {mrn_txt(c, p, 'sa')}")
        if p.nam and c.chance(0.4):
            lines.append(f"NAM {nam_txt(c, p, ('plain', 'space'))}")
        files.append((fn, make_pdf(kind.replace('_', ' ').title(), lines)))
    z = att_zip(f"numerisation_{c.date.strftime('%Y%m%d')}.zip" if c.chance(0.5) else f"{base}.zip", files)
    subj = r.choice([c.t("Numérisation documents", "Scanned documents"), c.t("Docs à classer", "Docs to file"), "scan"])
    blocks = [c.greeting(), c.t("Voici les documents numérisés à classer au dossier.", "Scanned documents to file in the chart."),
              c.sig(sender, short=True)]
    c.notes.append("ZIP of scans named after patient")
    return c.mail(sender, to, subj, blocks, attachments=[z])


def cnesst_sin(c):
    r = c.rng
    p = pat(c, 0.7, adult=True)
    p.sin = p.sin or ids.gen_sin(r)
    sender = c.staff(r.choice(['agent', 'urg']), r.choice(['rn', 'hr']))
    to = [(c.t("Groupe Assurances Cap-Rouge – réclamations", "Cap-Rouge Insurance – claims"), f"reclamations@assurances-caprouge.example")]
    c.add('patient_name', 'ca_sin', 'diagnosis')
    sin = ids.fmt_sin(p.sin, r.choice(['dash', 'space', 'plain']))
    inj = r.choice([c.t("fracture du 5e métacarpien droit", "right 5th metacarpal fracture"),
                    c.t("entorse lombaire", "lumbar sprain"), c.t("lacération avant-bras, 12 points", "forearm laceration, 12 sutures"),
                    c.t("brûlure 2e degré main gauche", "second-degree burn left hand")])
    emp = r.choice(["Transports Lafrenière inc.", "Scierie du Lac-Brûlé", "Entrepôts Nordet", "Construction Pignon-Vert"])
    lines = [c.t(f"Travailleur(euse) : {c.name(p)}", f"Worker: {c.name(p)}"),
             f"{c.t('NAS', 'SIN')} : {sin}",
             c.t(f"Employeur : {emp}", f"Employer: {emp}"),
             c.t(f"Date de l'événement : {c.dstr(c.day(-1))}", f"Date of event: {c.dstr(c.day(-1))}"),
             c.t(f"Diagnostic : {inj}", f"Diagnosis: {inj}"),
             c.t(f"Arrêt de travail : {r.randrange(1, 7)} semaines", f"Off work: {r.randrange(1, 7)} weeks")]
    if c.chance(0.4):
        lines.insert(1, f"{dob_label(c)} : {dob_txt(c, p)}")
    atts = []
    blocks = [c.greeting(), c.t("Attestation médicale initiale pour réclamation (accident du travail) :",
                                "Initial medical certificate for a workplace injury claim:")]
    if c.chance(0.5):
        atts.append(att_docx(c.t("attestation_medicale.docx", "medical_certificate.docx"),
                             c.t("Attestation médicale", "Medical certificate"), lines, author=sender.full))
        blocks.append(c.t("Document joint.", "See attached."))
    else:
        blocks.append("\n".join(lines))
    blocks += [c.closing(), c.sig(sender)]
    c.notes.append("work-injury form with SIN")
    subj = r.choice([c.t("Réclamation accident de travail", "Workplace injury claim"),
                     c.t(f"Attestation – {p.surname}", f"Certificate – {p.surname}")])
    return c.mail(sender, to, subj, blocks, attachments=atts)


def csv_export(c):
    r = c.rng
    sender = c.staff(r.choice(['asi', 'icu', 'agent']), 'rn')
    to = [c.staff(r.choice(['chef', 'icu']), 'rn')]
    hdr = [c.t("Arrivée", "Arrival"), c.t("ÉTG", "CTAS"), c.t("Nom", "Name"), c.t("Âge", "Age"),
           c.t("Raison", "Complaint"), c.t("Médecin", "MD"), c.t("Statut", "Status")]
    idmode = c.cycle('csv.id', ['nam', 'mrn', None])
    if idmode:
        hdr.insert(2, mrn_label(c) if idmode == 'mrn' else nam_label(c))
    rows = [hdr]
    t = datetime.datetime(2000, 1, 1, r.randrange(0, 12), 0)
    for _ in range(r.randrange(5, 12)):
        p = pat(c, 0.95 if idmode == 'nam' else 0.8)
        md = c.staff('urg', 'rn')
        row = [t.strftime('%H:%M'), str(r.randrange(1, 6)), f"{p.surname.upper()}, {p.given}", str(p.age_at(c.date.date())),
               c.p(world.DX_MED), md.surname, r.choice([c.t("Vu", "Seen"), c.t("Admis", "Admitted"), c.t("Attente", "Waiting"), c.t("Congé", "D/C")])]
        if idmode:
            row.insert(2, pos_a.id_col(c, p, 'rn', idmode))
        rows.append(row)
        t += datetime.timedelta(minutes=r.randrange(4, 40))
    c.add('patient_name', 'diagnosis')
    delim = r.choice([',', ';', '\t'])
    fn = c.t(f"export_tableau_urgence_{c.date.strftime('%Y%m%d')}.csv", f"ED_board_export_{c.date.strftime('%Y%m%d')}.csv")
    a = att_csv(fn, rows, delimiter=delim, charset=r.choice(['windows-1252', 'utf-8', 'iso-8859-1']))
    subj = r.choice([c.t("Extraction tableau de bord", "ED board export"), c.t("Données pour l'audit de mardi", "Data for Tuesday's audit"),
                     "export"])
    blocks = [c.greeting(to[0]), c.t("Voici l'extraction demandée (quart de nuit).", "Here is the export you asked for (night shift)."),
              c.sig(sender, short=True)]
    c.notes.append("CSV export of ED board")
    return c.mail(sender, to, subj, blocks, attachments=[a])


def disguised_ids(c):
    r = c.rng
    p = c.blind()
    sender = c.staff(r.choice(['agent', 'inf', 'urg']), r.choice(['rn', 'sa', 'hr']))
    to = [c.staff(r.choice(['agent', 'asi']), 'rn')]
    c.add('patient_name', 'ramq_nam')
    nm = r.choice([p.full.lower(), f"{p.surname.lower()} {p.given.lower()}", ids.typo(r, p.surname) + " " + p.given,
                   f"{p.given[0]}. {p.surname}", p.surname.upper()])
    namv = r.choice([ids.fmt_nam(p.nam, 'dots'), ids.fmt_nam(p.nam, 'split2'), ids.fmt_nam(p.nam, 'lower'),
                     ' '.join(p.nam), ids.fmt_nam(p.nam, 'dash')])
    dx = c.p(world.DX_MED)
    c.add('diagnosis')
    txt = r.choice([
        c.t(f"salut, peux tu corriger le nam de {nm} dans le systeme? c'est {namv} (pas le meme que sur la requete). "
            f"elle est revenue ce matin pour {dx}.",
            f"hi, can you fix the health card for {nm}? it's {namv} (not what's on the requisition). "
            f"came back this am for {dx}."),
        c.t(f"Doublon de dossier: {nm}, nam {namv}. Vu pour {dx} hier soir, 2 dossiers ouverts. Merci de fusionner.",
            f"Duplicate chart: {nm}, RAMQ {namv}. Seen for {dx} last night, 2 charts opened. Please merge."),
        c.t(f"le pt {nm} ({namv}) a quitté avant d'être vu, {dx} probable. rappeler?",
            f"pt {nm} ({namv}) LWBS, probable {dx}. call back?")])
    if c.chance(0.4):
        txt += " " + c.t(f"dossier {mrn_txt(c, p, 'rn')}", f"chart {mrn_txt(c, p, 'rn')}")
    subj = r.choice([c.t("correction NAM", "health card fix"), c.t("doublon", "duplicate chart"), "?", c.t("urgent svp", "pls check")])
    blocks = [maybe_typo(c, txt, 0.3), c.sig(sender, short=True)]
    c.notes.append("disguised NAM in free text")
    return c.mail(sender, to, subj, blocks, body_mode=r.choice(['plain', 'plain', None]))


def subject_only(c):
    r = c.rng
    p = pat(c)
    sender = c.staff(r.choice(['urg', 'chir', 'ortho', 'asi']), 'rn')
    to = [c.staff(r.choice(['chir', 'ortho', 'anes', 'bloc']), 'rn')]
    dx = surg_dx(c, p)[0] if c.chance(0.6) else c.p(world.DX_MED)
    c.add('patient_name', 'diagnosis')
    subj = r.choice([f"{c.name(p, ['title', 'full', 'last_first_plain'])} – {dx}",
                     f"{p.surname} {p.given} ({age_sex(c, p)}) {dx} – {c.t('bloc ce soir?', 'OR tonight?')}",
                     f"{c.t('Pt', 'Pt')} {p.surname} : {dx}"])
    body = r.choice([c.t("Peux-tu m'appeler au 4521 quand tu as une minute?", "Can you call me at 4521 when you have a minute?"),
                     c.t("Vu. On en parle à la tournée.", "Seen. Let's discuss at rounds."),
                     c.t("Voir titre. Merci", "See subject. Thx"), ""])
    blocks = [body] if body else []
    blocks.append(c.sig(sender, short=True))
    c.notes.append("patient info in Subject only")
    return c.mail(sender, to, subj, blocks)


# ---------------------------------------------------------------- composites reusing part A
INNER = ['trauma_transfer', 'preop_clinic', 'surgical_consult', 'ed_discharge_gp', 'or_cancellation', 'pacu_handover',
         'ambulance_booking', 'blood_bank', 'critical_lab', 'social_work', 'incident_report']


def quoted_reply(c):
    r = c.rng
    inner_name = r.choice(INNER)
    inner = getattr(pos_a, inner_name)(c)
    who = c.staff(r.choice(['urg', 'chir', 'asi', 'bloc', 'agent']), 'rn')
    orig = Who(inner)
    c.date = c.date + datetime.timedelta(minutes=r.randrange(5, 400))
    new = r.choice([c.t("OK c'est noté, merci.", "Noted, thanks."), c.t("Parfait, je m'en occupe.", "Perfect, I'll take care of it."),
                    c.t("Reçu. Je te reviens avant midi.", "Got it. Will get back to you before noon."),
                    c.t("Merci, transmis à l'équipe de jour.", "Thanks, passed on to the day team."), c.t("ok", "ok")])
    if inner.attachments or c.chance(0.3):
        subj = fw_prefix(c) + inner.subject
        blocks = [new if c.chance(0.5) else c.t("Pour info.", "FYI."), c.sig(who, short=True),
                  c.fwd(orig, inner.to, r.randrange(5, 400), inner.subject, inner.blocks)]
        to = [c.staff(r.choice(['asi', 'agent', 'chir']), 'rn')]
        atts = inner.attachments
        c.notes.append(f"forward of {inner_name}")
    else:
        subj = re_prefix(c) + inner.subject
        blocks = [new, c.sig(who, short=True), c.quote(orig, r.randrange(5, 400), inner.subject, inner.blocks)]
        to = [(inner.sender[0], inner.sender[1])]
        atts = []
        c.notes.append(f"reply quoting {inner_name}")
    return c.mail(who, to, subj, blocks, attachments=atts, in_reply_to=f"<{r.randrange(10**11, 10**12)}@{inner.sender[1].split('@')[1]}>")


class Who:
    """Original sender of a quoted/forwarded message."""

    def __init__(self, m):
        self.full, self._addr = m.sender

    def email(self):
        return self._addr


def eml_forward(c):
    r = c.rng
    inner_name = r.choice(INNER)
    inner = getattr(pos_a, inner_name)(c)
    c.date = c.date + datetime.timedelta(minutes=r.randrange(30, 3000))
    who = c.staff(r.choice(['icu', 'chef', 'asi', 'trauma']), 'rn')
    to = [c.staff(r.choice(['chef', 'icu', 'rh', 'trauma']), 'rn')]
    fn = r.choice(["message.eml", c.t("courriel_original.eml", "original_email.eml"), f"{inner.subject[:30]}.eml".replace('/', '-')])
    subj = fw_prefix(c) + inner.subject if c.chance(0.5) else r.choice([c.t("À revoir au comité", "For committee review"),
                                                                       c.t("pour dossier", "for the file"), "FYI"])
    blocks = [c.greeting(to[0]), r.choice([c.t("Voir le courriel joint, à discuter lundi.", "See attached email, to discuss Monday."),
                                           c.t("Je te transfère ceci en pièce jointe.", "Forwarding this as attachment."),
                                           c.t("Pour ton information.", "For your information.")]), c.sig(who, short=True)]
    c.notes.append(f"attached .eml of {inner_name}")
    return c.mail(who, to, subj, blocks, attachments=[att_eml(fn, inner)])
