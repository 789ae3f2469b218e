from tpl_pos import *

def quote(text, who, when, en=False):
    head = (f'On {when}, {who} wrote:' if en else f'Le {when}, {who} a écrit :')
    return head + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

def p_attached_eml(c, en):
    r = c.r; p = c.pat(); me = c.staff(); orig = c.staff(); to = c.staff(dom=EXT['cisss'])
    why = r.choice(["n’a plus d’argent pour le taxi", "a rechuté (alcool)", "se sent trop faible"])
    inner_txt = (f'Bonjour,\n{T(p)} {p["giv"]} {p["sur"]} ({p["dob"]}, NAM {fmt_nam(p["nam"], "space")}) a manqué sa dialyse hier. '
                 f'{Il(p)} a appelé pour dire qu\'{il(p)} {why}.\n'
                 f'Tél. : {c.phone()}' + c.sig(orig))
    inner = dict(subject=f'absence dialyse {p["sur"]}', text=inner_txt, frm=orig, to=[(me['full'], me['email'])])
    subj = r.choice(['TR: absence', 'Fwd: voir message', 'message transféré', 'FW: absence dialyse'])
    txt = r.choice(['Voir le courriel ci-joint, peux-tu faire le suivi?', 'Pour info.', 'svp voir']) + c.sig(me)
    return dict(cat='forward_as_attachment', types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'patient_contact'] + (['social_information'] if 'faible' not in why else []),
                note='patient details inside a forwarded e-mail attached as message/rfc822', subject=subj, text=txt, frm=me,
                to=[(to['full'], to['email'])], inner=inner)

def p_zip(c, en):
    r = c.r; me = c.staff(); to = c.staff(dom=EXT['cisss'])
    p = c.pat(); mrn = c.mrn()
    pdf = make_pdf('Consultation – Gériatrie', [f'Usager : {p["sur"]} {p["giv"]}   DDN {p["dob"]}   Dossier {mrn}',
                   f'MMSE 19/30, trouble neurocognitif majeur probable.', f'Rx : {r.choice(MEDS)}', 'Recommandation : évaluation aptitude.'])
    csvb = ('nom,prenom,dossier,rv\n' + '\n'.join(f'{q["sur"]},{q["giv"]},{c.mrn("7")},2026-12-{r.randint(1, 20):02d}'
                                                for q in [c.xpat() for _ in range(5)]) + '\n').encode('utf-8')
    z = make_zip([('consult_geriatrie.pdf', pdf), ('liste_rv.csv', csvb), ('LISEZMOI.txt', 'Mot de passe envoye par texto.\n'.encode())])
    subj = r.choice(['Documents', 'dossiers zippés', 'envoi documents transfert', 'PJ zip'])
    txt = r.choice(['Les documents sont dans le zip.', 'Bonjour, voici les documents pour le transfert.', 'ci-joint']) + c.sig(me)
    return dict(cat='zip_attachment', types=['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication'],
                note='ZIP attachment holding a consult PDF and a patient appointment CSV', subject=subj, text=txt, frm=me,
                to=[(to['full'], to['email'])], att=[('documents.zip', 'application/zip', z)])

def p_quoted(c, en):
    r = c.r; p = c.pat(); me = c.staff(en=en); other = c.staff(en=en)
    if en:
        orig = (f'Can you see {p["giv"]} {p["sur"]} (DOB {p["dob"]}) tomorrow? Worsening {r.choice(DX_EN)}, '
                f'started on {r.choice(MEDS)}. RAMQ {fmt_nam(p["nam"], "space")}')
        top = r.choice(['Sure, send {x} at 10.', 'ok', 'Yes - booked.', 'Will do, thx']).format(x='her' if p['sex'] == 'F' else 'him')
        txt = top + '\n\n' + quote(orig, other['full'], f'Mon, Nov {r.randint(2, 27)}, 2026 at {r.randint(8, 16)}:{r.randint(10, 59)}', True)
        subj = 'Re: quick favour'
    else:
        orig = (f'Peux-tu voir {p["sur"]} {p["giv"]} ({p["dob"]}) demain? {r.choice(DX_FR)} qui se détériore, '
                f'on a débuté {r.choice(MEDS)}. NAM {fmt_nam(p["nam"], r.choice(["space", "plain"]))}')
        top = r.choice(['Oui, envoie-l{x} à 10h.', 'ok pour moi', 'C\'est fait.', 'Parfait, merci']).format(x='a' if p['sex'] == 'F' else 'e')
        txt = top + '\n\n' + quote(orig, other['full'], f'{r.randint(2, 27)} nov. 2026 à {r.randint(8, 16)}:{r.randint(10, 59)}')
        subj = r.choice(['RE: petite faveur', 'Re: consult', 'RE: demain?'])
    return dict(cat='quoted_reply', types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication'],
                note='short reply whose quoted original names the patient, DOB, NAM and diagnosis', subject=subj, text=txt,
                frm=me, to=[(other['full'], other['email'])])

def p_inline_fwd(c, en):
    r = c.r; p = c.pat(); me = c.staff(); o = c.staff(); to = c.staff(dom=EXT['cisss'])
    fwd = (f'---------- Message transféré ----------\nDe : {o["full"]} <{o["email"]}>\nDate : {r.randint(2, 27)} nov. 2026 09:{r.randint(10, 59)}\n'
           f'Objet : {p["sur"]} – résultats\nÀ : {me["n"]} <{me["email"]}>\n\n'
           f'Résultats de {p["giv"]} {p["sur"]} (dossier {c.mrn()}) : biopsie positive pour {r.choice(["adénocarcinome", "lymphome B diffus", "carcinome épidermoïde"])}. '
           f'Annonce prévue jeudi. La patient{"e" if p["sex"] == "F" else ""} n\'est pas encore au courant.')
    fwd = fwd.replace('La patient n', 'Le patient n')
    txt = r.choice(['Pour suivi de ton côté.', 'FYI', 'Peux-tu réserver une place en onco?']) + '\n\n' + fwd + c.sig(me)
    return dict(cat='inline_forward', types=['patient_name', 'mrn', 'diagnosis'],
                note='inline forward carrying a named patient\'s biopsy diagnosis and chart number',
                subject=r.choice(['TR: résultats', 'Fwd: résultats', 'TR : ' + p['sur']]), text=txt, frm=me, to=[(to['full'], to['email'])])

def p_disguised(c, en):
    r = c.r; p = c.pat(); me = c.staff(); to = c.staff(dom=EXT['gmf'])
    style = r.choice(['spaced', 'fullwidth', 'dots', 'split', 'lower', 'slash', 'words'])
    if style == 'split':
        nam = p['nam'][:4] + ' ' + p['nam'][4:8] + '\n' + p['nam'][8:]
    elif style == 'words':
        nam = p['nam'][:4] + ' cinq... (chiffres) ' + ' '.join(p['nam'][4:])
    else:
        nam = fmt_nam(p['nam'], style)
    txt = (f'(j\'écris le numéro comme ça pour que le filtre ne bloque pas)\n\n{p["sur"].lower()} {p["giv"].lower()} '
           f'– {p["dob"].replace("-", "/")}\nnam {nam}\n'
           f'{r.choice(["VIH+ sous ARV, CV indétectable", "grossesse 9 sem, demande IVG", "hépatite C chronique, suivi en addictologie", "dépression majeure, idées suicidaires la semaine dernière"])}\n'
           f'merci de le mettre sur ta liste' + c.sig(me))
    return dict(cat='disguised_identifier', types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'],
                note='NAM deliberately obfuscated (' + style + ') with patient name and sensitive diagnosis', subject=r.choice(['suivi', 'pt', 'liste', '']) or 'sans objet',
                text=txt, frm=me, to=[(to['full'], to['email'])], force='plain')

def p_be_niss(c, en):
    r = c.r; s, g, sex = r.choice(PAT_BE); y = r.randint(1935, 1990)
    p = dict(sur=s, giv=g, sex=sex, dob='%d-%02d-%02d' % (y, r.randint(1, 12), r.randint(1, 28)), nam=None)
    niss = gen_niss(r, p['dob'], sex); me = c.staff(); bs = r.choice(BE_STAFF); dom = r.choice([EXT['bxl'], EXT['liege']])
    subj = r.choice(['Transfert patient belge', f'Rapatriement {p["sur"]}', 'Demande de transfert – patient assuré en Belgique'])
    txt = (f'Bonjour {bs[2]} {bs[1]},\n\nNous avons hospitalisé depuis le {c.date_fr()} {T(p)} {p["giv"]} {p["sur"]}, '
           f'{ne(p)} le {dob_fr(p, "slash")}, NISS {fmt_niss(niss, r.choice(["std", "space", "plain"]))}, pour {r.choice(DX_FR)}.\n'
           f'État stable, rapatriement envisagé par vol sanitaire. Mutualité avisée.\n'
           f'Pouvez-vous confirmer un lit en {bs[3].replace("ologue", "ologie").replace("iatre", "iatrie")} ?' + c.sig(me))
    return dict(cat='be_transfer', types=['patient_name', 'date_of_birth', 'be_niss', 'diagnosis'],
                note='transfer request to a Belgian hospital with patient name, DOB and NISS', subject=subj, text=txt, frm=me,
                to=[(f'{bs[2]} {bs[0]} {bs[1]}'.strip(), email_of(bs[0], bs[1], dom))])

def p_fr_nir(c, en):
    r = c.r; s, g, sex = r.choice(PAT_FR); y = r.randint(1940, 1995)
    p = dict(sur=s, giv=g, sex=sex, dob='%d-%02d-%02d' % (y, r.randint(1, 12), r.randint(1, 28)), nam=None)
    nir = gen_nir(r, p['dob'], sex); fs = r.choice(FR_STAFF); dom = r.choice([EXT['lyon'], EXT['lille']])
    me = c.staff()
    subj = r.choice(['Patient français – prise en charge', 'Demande de dossier médical', f'Suivi {p["sur"]} {p["giv"]}'])
    txt = (f'Bonjour,\n\nNous recevons {T(p)} {p["sur"].upper()} {p["giv"]}, {ne(p)} le {dob_fr(p, "slash")}, '
           f'n° de sécurité sociale {fmt_nir(nir, r.choice(["std", "plain"]))}, suivi{e_(p)} chez vous pour {r.choice(["cirrhose Child B", "greffe rénale 2019", "mucoviscidose", "BPCO sévère sous O2"])}.\n'
           f'Pourriez-vous nous transmettre le dernier compte rendu et le traitement en cours ?\n' + c.sig(me))
    return dict(cat='fr_partner', types=['patient_name', 'date_of_birth', 'fr_nir', 'diagnosis'],
                note='records request to a French hospital with patient name, DOB and NIR', subject=subj, text=txt, frm=me,
                to=[(f'{fs[2]} {fs[0]} {fs[1]}'.strip(), email_of(fs[0], fs[1], dom))])

def p_ontario(c, en):
    r = c.r; s, g, sex = r.choice(PAT_ON); y = r.randint(1940, 2000)
    p = dict(sur=s, giv=g, sex=sex, dob='%d-%02d-%02d' % (y, r.randint(1, 12), r.randint(1, 28)), nam=None)
    ohn = gen_ohn(r); me = c.staff(en=True); to = c.staff(en=True, dom=EXT['ont'])
    subj = r.choice(['Out-of-province patient', f'Transfer back to Ottawa – {p["sur"]}', 'OHIP patient admitted'])
    txt = (f'Hi {to["giv"]},\n\n{p["giv"]} {p["sur"]}, DOB {p["dob"]}, OHIP {fmt_ohn(ohn, r.choice(["", "AB", "KT"]))}, was admitted here '
           f'after an MVA while visiting family in Quebec City. {r.choice(["Splenic laceration, managed conservatively.", "C2 fracture, collar.", "Rib fractures and pneumothorax, chest tube removed."])} '
           f'{he(p).capitalize()} wants to be repatriated closer to home.\nCan you accept in transfer?' + c.sig(me, True))
    return dict(cat='ontario_transfer', types=['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis'],
                note='transfer request for an Ontario patient with OHIP number and injuries', subject=subj, text=txt, frm=me,
                to=[(to['full'], to['email'])])

def p_sin_insurance(c, en):
    r = c.r; p = c.pat(); me = c.staff(); sin = gen_sin(r)
    org = r.choice([('CNESST', EXT['cnesst']), ('SAAQ', EXT['saaq']), ('AssurVie Exemple', EXT['ins'])])
    subj = r.choice(['Formulaire médical', f'Réclamation – {p["sur"]}', 'Attestation médicale', 'Rapport médical demandé'])
    txt = (f'Bonjour,\n\nVoici les renseignements demandés pour la réclamation de {p["giv"]} {p["sur"]}.\n'
           f'NAS : {fmt_sin(sin, r.choice(["space", "dash", "plain"]))}\nDate de naissance : {p["dob"]}\n'
           f'Diagnostic : {r.choice(["entorse lombaire", "TCC léger", "épicondylite", "trouble d’adaptation avec humeur anxieuse", "fracture poignet"])}\n'
           f'Arrêt de travail du {r.randint(1, 14)} novembre au {r.randint(15, 30)} décembre.' + c.sig(me))
    att = []
    if r.random() < 0.5:
        att.append(('formulaire_rempli.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                    make_docx('Rapport médical', [f'Nom : {p["sur"]}, {p["giv"]}', f'NAS : {fmt_sin(sin)}', f'DDN : {p["dob"]}',
                                                   'Capacité de travail : nulle pour 4 semaines.'])))
    return dict(cat='insurance_sin', types=['patient_name', 'ca_sin', 'date_of_birth', 'diagnosis'],
                note='insurance / compensation claim with patient SIN, DOB and diagnosis', subject=subj, text=txt, frm=me,
                to=[(org[0], 'reclamations@' + org[1])], att=att)

def p_research(c, en):
    r = c.r; p = c.pat(); me = c.staff(en=en); to = c.staff(en=en, dom=EXT['univ'])
    sid = f'ETU-{r.randint(100, 999)}-{r.randint(10, 99)}'
    if en:
        subj = f'Participant {sid}'; txt = (f'Hi, participant {sid} is {p["giv"]} {p["sur"]} ({p["dob"]}). {he(p).capitalize()} had a grade 3 AE '
                                           f'(neutropenia) on cycle 2; unblinding not requested. Phone {c.phone()}.' + c.sig(me, True))
    else:
        subj = r.choice([f'Participant {sid}', 'Étude – effet indésirable', 'recrutement']);
        txt = (f'Bonjour,\nLe participant {sid} correspond à {p["sur"]} {p["giv"]} ({p["dob"]}). EI grade 3 (neutropénie) au cycle 2. '
               f'Tél. du participant : {c.phone()}.\nMerci de mettre à jour le CRF.' + c.sig(me))
    return dict(cat='research_participant', types=['patient_name', 'date_of_birth', 'diagnosis', 'patient_contact'],
                note='research coordination linking study ID to a named participant and adverse event', subject=subj, text=txt,
                frm=me, to=[(to['full'], to['email'])])

def p_incident(c, en):
    r = c.r; p = c.pat(); me = c.staff()
    subj = r.choice(['AH-223 – déclaration', 'Rapport incident/accident', 'Chute – déclaration'])
    txt = (f'Déclaration AH-223 #{r.randint(10000, 99999)}\nUsager : {p["sur"]}, {p["giv"]} – dossier {c.mrn()}\n'
           f'Événement : {r.choice(["chute en se levant seul la nuit, lacération arcade", "erreur de dose: hydromorphone 10 mg au lieu de 1 mg, naloxone administrée", "fugue de l’unité, retrouvé dans le stationnement"])}\n'
           f'Gravité : {r.choice(["D", "E1", "C"])}. Famille avisée.' + c.sig(me))
    return dict(cat='incident_report', types=['patient_name', 'mrn', 'diagnosis', 'medication'],
                note='incident report naming the patient, chart number and event', subject=subj, text=txt, frm=me,
                to=[('Gestion des risques', 'gestion.risques@' + DOM)])

def p_docx_consult(c, en):
    r = c.r; p = c.pat(); me = c.staff(); to = c.staff(dom=EXT['gmf'])
    d = make_docx('Note de consultation – Psychiatrie', [f'{p["sur"]} {p["giv"]}, {ne(p)} le {p["dob"]}, NAM {fmt_nam(p["nam"], "space")}',
                  'Motif : idéations suicidaires, trouble bipolaire type I connu.', f'Plan : {r.choice(MEDS)}, suivi externe 2 sem.'])
    return dict(cat='docx_consult', types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication'],
                note='Word consult note attached with psychiatric diagnosis', subject=r.choice(['Consultation', 'note consult', 'Note']),
                text=r.choice(['Ci-joint ma note.', 'Voir document.', 'Bonjour, voici la note de consultation.']) + c.sig(me), frm=me,
                to=[(to['full'], to['email'])], att=[('note_consult.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', d)])

def p_imaging(c, en):
    r = c.r; p = c.pat(); me = c.staff(en=en); to = c.staff(en=en)
    f = r.choice(['nodule 14 mm LSD, recommander TEP', 'masse surrénalienne 3 cm incidentale', 'anévrisme aorte abdo 5,6 cm'])
    if en:
        txt = f'Incidental finding on CT for {p["sur"]}, {p["giv"]} ({p["dob"]}): {f}. Please make sure GP is aware.' + c.sig(me, True); subj = 'incidental finding'
    else:
        txt = f'Trouvaille fortuite au scan de {p["sur"]} {p["giv"]} ({p["dob"]}) : {f}. Merci d\'aviser le MD traitant.' + c.sig(me); subj = r.choice(['Trouvaille fortuite', 'Imagerie – suivi requis'])
    return dict(cat='imaging_followup', types=['patient_name', 'date_of_birth', 'diagnosis'],
                note='imaging incidental finding for a named patient', subject=subj, text=txt, frm=me, to=[(to['full'], to['email'])])

def p_same_surname(c, en):
    r = c.r; me = c.staff()
    g, s, t, role, sx = r.choice([x for x in STAFF if x[2]])
    p = dict(sur=s, giv=r.choice(['Lise', 'Gérard', 'Raymond', 'Jacqueline']), sex='F', dob='19%d-0%d-1%d' % (r.randint(30, 60), r.randint(1, 9), r.randint(0, 9)), nam=None)
    p['sex'] = 'F' if p['giv'] in ('Lise', 'Jacqueline') else 'M'
    txt = (f'Attention homonyme : {T(p)} {p["giv"]} {s} ({p["dob"]}), dossier {c.mrn()}, n\'a aucun lien avec {t} {s} ({role}). '
           f'{Il(p)} est admis{e_(p)} au 6C pour {r.choice(DX_FR)}. Vérifier l\'identité deux fois avant administration.' + c.sig(me))
    return dict(cat='same_surname', types=['patient_name', 'date_of_birth', 'mrn', 'diagnosis'],
                note='patient sharing a physician\'s surname, with chart number and diagnosis', subject='Homonyme 6C',
                text=txt, frm=me, to=[('Unité 6C', 'unite6c@' + DOM)])


def p_or_list(c, en):
    r = c.r; me = c.staff(); to = c.staff()
    procs = ['chole lap', 'PTH D', 'hernie ing. G', 'cysto + biopsie', 'colectomie D lap', 'RTUP', 'ORIF poignet G', 'amputation 2e orteil (diab.)']
    lines = []
    for i in range(r.randint(4, 7)):
        p = c.pat() if r.random() < 0.5 else c.xpat()
        lines.append(f'{7 + i}h{r.choice(["00", "30"])} {p["sur"]} {p["giv"][0]} {age(p)}{p["sex"]} {c.mrn("7")} {r.choice(procs)}'
                     + r.choice(['', ' – allergie PNC', ' – apixaban cessé J-2', ' – VIH+', ' – jeûne ok', ' – SARM+ isolement']))
    txt = r.choice(['Liste salle 6 demain:', 'prog bloc demain', 'Liste op. modifiée (ajout urgence) :']) + '\n' + '\n'.join(lines) + c.sig(me)
    return dict(cat='or_list', types=['patient_name', 'mrn', 'diagnosis'], note='terse operating-room list: surname, initial, age/sex, chart number, procedure',
                subject=r.choice(['liste bloc', 'Programme opératoire – salle 6', 'bloc demain']), text=txt, frm=me, to=[(to['full'], to['email'])], force='plain')

def p_clsc_route(c, en):
    r = c.r; me = c.staff(dom=EXT['clsc']); to = c.staff(dom=EXT['clsc'])
    rows = []
    for i in range(r.randint(5, 8)):
        p = c.pat(); a = c.address()
        rows.append((f'{8 + i}h', f'{p["sur"]}, {p["giv"]}', f'{a[0]}, {a[1]}', c.phone(), r.choice(['pansement', 'prise de sang', 'INR', 'injection B12', 'éval. chute', 'soins palliatifs'])))
    html = ('<html><body><p>Tournée de demain (remplacement de Josée) :</p>\n<table border="1" cellspacing="0">\n<tr><th>Heure</th><th>Usager</th><th>Adresse</th><th>Tél.</th><th>Soin</th></tr>\n'
            + ''.join('<tr>' + ''.join(f'<td>{H.escape(v)}</td>' for v in x) + '</tr>\n' for x in rows) + '</table>\n<p>Clé du 3e au casier B.</p></body></html>')
    txt = 'Tournée de demain :\n' + '\n'.join(' | '.join(x) for x in rows)
    return dict(cat='home_visit_route', types=['patient_name', 'patient_contact', 'diagnosis'], note='CLSC home-visit route: patient names, home addresses, phones and care',
                subject='Tournée de demain', text=txt, html=html, frm=me, to=[(to['full'], to['email'])], force='html')

def p_split(c, en):
    r = c.r; p = c.pat(); me = c.staff(); to = c.staff()
    subj = r.choice([f'{p["sur"]} {p["giv"]}', f'{p["sur"].upper()} {p["giv"][0]}.', f'Re: {p["sur"]}'])
    txt = r.choice(['Biopsie revenue positive (adénocarcinome). Annonce jeudi avec la famille, merci de ne rien dire avant.',
                    'Test VIH positif, à revoir en clinique cette semaine. Partenaire à aviser.',
                    'Résultat de la PL : méningite bactérienne. Transféré aux soins intensifs.',
                    'Dépistage urinaire + cocaïne et fentanyl. Consultation toxico demandée.']) + c.sig(me)
    return dict(cat='split_subject_body', types=['patient_name', 'diagnosis'], note='patient name in Subject, sensitive result in body',
                subject=subj, text=txt, frm=me, to=[(to['full'], to['email'])])

POS0 = [(p_referral, 5, 0.3), (p_signout, 5, 0.3), (p_subject_only, 4, 0.0), (p_critical, 3, 0.3), (p_booking, 3, 0.3),
       (p_home_care, 4, 0.0), (p_transport, 2, 0.0), (p_dpj, 4, 0.0), (p_social, 4, 0.3), (p_discharge_pdf, 4, 0.0),
       (p_medrec, 3, 0.3), (p_xlsx_roster, 3, 0.0), (p_csv_export, 2, 0.4), (p_ics, 2, 0.0), (p_attached_eml, 3, 0.0),
       (p_zip, 2, 0.0), (p_quoted, 4, 0.3), (p_inline_fwd, 3, 0.0), (p_disguised, 4, 0.0), (p_be_niss, 3, 0.0),
       (p_fr_nir, 3, 0.0), (p_ontario, 3, 1.0), (p_sin_insurance, 2, 0.0), (p_research, 2, 0.3), (p_incident, 1, 0.0),
       (p_docx_consult, 1, 0.0), (p_imaging, 1, 0.3), (p_same_surname, 1, 0.0), (p_or_list, 2, 0.0), (p_clsc_route, 1, 0.0), (p_split, 1, 0.0)]
POS = [(f, n, 0.58 if 0 < p < 1 else p) for f, n, p in POS0]
