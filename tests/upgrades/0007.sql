--
-- PostgreSQL database dump
--

\restrict WwuycqeRxhtxvDovhXq7bLCFI65vUdmdStrRYzGUtwijlVelPCs6FO5WkCLCpp0

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: cell; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cell (
    id integer NOT NULL,
    key character varying(32) NOT NULL,
    kind character varying(16) NOT NULL,
    runner character varying(100) NOT NULL,
    content text NOT NULL,
    state character varying(16) NOT NULL,
    lease_owner character varying(200),
    lease_expires double precision,
    attempts integer NOT NULL,
    last_error text,
    traceback text,
    created_at double precision NOT NULL,
    started_at double precision,
    finished_at double precision,
    provenance_id integer
);


--
-- Name: cell_dependency; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cell_dependency (
    child_id integer NOT NULL,
    parent_id integer NOT NULL
);


--
-- Name: cell_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cell_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cell_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.cell_id_seq OWNED BY public.cell.id;


--
-- Name: database_identity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.database_identity (
    id character varying(32) NOT NULL,
    created_at double precision NOT NULL
);


--
-- Name: evaluation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation (
    id integer NOT NULL,
    cell_id integer,
    representation_id integer NOT NULL,
    metric character varying(100) NOT NULL,
    profile character varying(40),
    eval_seed integer,
    provenance_id integer
);


--
-- Name: evaluation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.evaluation_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evaluation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.evaluation_id_seq OWNED BY public.evaluation.id;


--
-- Name: expdb_schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.expdb_schema_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: hyperparameter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hyperparameter (
    id integer NOT NULL,
    model_id integer NOT NULL,
    name character varying(100) NOT NULL,
    value double precision NOT NULL
);


--
-- Name: hyperparameter_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.hyperparameter_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: hyperparameter_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.hyperparameter_id_seq OWNED BY public.hyperparameter.id;


--
-- Name: model; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.model (
    id integer NOT NULL,
    cell_id integer,
    source character varying(40) NOT NULL,
    external_id character varying(100),
    dataset character varying(100) NOT NULL,
    method character varying(100) NOT NULL,
    seed integer NOT NULL,
    model_num integer,
    runner character varying(100) NOT NULL,
    steps integer,
    batch_size integer,
    learning_rate double precision,
    latent_dim integer,
    resolution integer,
    data_source character varying(100),
    reconstruction_loss double precision,
    kl_loss double precision,
    elbo double precision,
    regularizer double precision,
    loss double precision,
    provenance_id integer
);


--
-- Name: model_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.model_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: model_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.model_id_seq OWNED BY public.model.id;


--
-- Name: model_setting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.model_setting (
    id integer NOT NULL,
    model_id integer NOT NULL,
    name character varying(100) NOT NULL,
    value_number double precision,
    value_text character varying(200)
);


--
-- Name: model_setting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.model_setting_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: model_setting_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.model_setting_id_seq OWNED BY public.model_setting.id;


--
-- Name: provenance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provenance (
    id integer NOT NULL,
    expdb_version character varying(40) NOT NULL,
    git_commit character varying(40),
    python_version character varying(40) NOT NULL,
    numpy_version character varying(40),
    torch_version character varying(40),
    sklearn_version character varying(40),
    device character varying(80) NOT NULL,
    host character varying(200) NOT NULL,
    worker character varying(200) NOT NULL,
    started_at double precision NOT NULL,
    finished_at double precision NOT NULL,
    gang_id character varying(32),
    gang_size integer,
    threads integer
);


--
-- Name: provenance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.provenance_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: provenance_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.provenance_id_seq OWNED BY public.provenance.id;


--
-- Name: representation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.representation (
    id integer NOT NULL,
    cell_id integer,
    model_id integer NOT NULL,
    kind character varying(20) NOT NULL,
    store_path character varying(300),
    n_points integer,
    n_dims integer,
    dtype character varying(20),
    checksum character varying(64),
    provenance_id integer
);


--
-- Name: representation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.representation_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: representation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.representation_id_seq OWNED BY public.representation.id;


--
-- Name: score; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.score (
    id integer NOT NULL,
    evaluation_id integer NOT NULL,
    name character varying(100) NOT NULL,
    value double precision
);


--
-- Name: score_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.score_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: score_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.score_id_seq OWNED BY public.score.id;


--
-- Name: study; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.study (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    description text NOT NULL,
    spec_sha256 character varying(64) NOT NULL,
    spec_text text NOT NULL,
    created_at double precision NOT NULL,
    updated_at double precision NOT NULL
);


--
-- Name: study_cell; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.study_cell (
    study_id integer NOT NULL,
    cell_id integer NOT NULL
);


--
-- Name: study_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.study_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: study_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.study_id_seq OWNED BY public.study.id;


--
-- Name: tensor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tensor (
    id integer NOT NULL,
    cell_id integer NOT NULL,
    name character varying(100) NOT NULL,
    path character varying(300) NOT NULL,
    shape character varying(100) NOT NULL,
    dtype character varying(20) NOT NULL,
    nbytes integer NOT NULL,
    checksum character varying(64) NOT NULL
);


--
-- Name: tensor_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tensor_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tensor_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tensor_id_seq OWNED BY public.tensor.id;


--
-- Name: training_curve; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.training_curve (
    id integer NOT NULL,
    model_id integer NOT NULL,
    step integer NOT NULL,
    name character varying(100) NOT NULL,
    value double precision NOT NULL
);


--
-- Name: training_curve_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.training_curve_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: training_curve_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.training_curve_id_seq OWNED BY public.training_curve.id;


--
-- Name: verdict; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.verdict (
    id integer NOT NULL,
    study_id integer NOT NULL,
    claim character varying(100) NOT NULL,
    profile character varying(40),
    verdict character varying(20) NOT NULL,
    severity character varying(10) NOT NULL,
    measured double precision,
    interval_low double precision,
    interval_high double precision,
    n integer NOT NULL,
    offending_rows integer NOT NULL,
    result text NOT NULL,
    expdb_version character varying(40) NOT NULL,
    git_commit character varying(40),
    recorded_at double precision NOT NULL
);


--
-- Name: verdict_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.verdict_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: verdict_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.verdict_id_seq OWNED BY public.verdict.id;


--
-- Name: cell id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell ALTER COLUMN id SET DEFAULT nextval('public.cell_id_seq'::regclass);


--
-- Name: evaluation id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation ALTER COLUMN id SET DEFAULT nextval('public.evaluation_id_seq'::regclass);


--
-- Name: hyperparameter id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter ALTER COLUMN id SET DEFAULT nextval('public.hyperparameter_id_seq'::regclass);


--
-- Name: model id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model ALTER COLUMN id SET DEFAULT nextval('public.model_id_seq'::regclass);


--
-- Name: model_setting id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting ALTER COLUMN id SET DEFAULT nextval('public.model_setting_id_seq'::regclass);


--
-- Name: provenance id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provenance ALTER COLUMN id SET DEFAULT nextval('public.provenance_id_seq'::regclass);


--
-- Name: representation id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation ALTER COLUMN id SET DEFAULT nextval('public.representation_id_seq'::regclass);


--
-- Name: score id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score ALTER COLUMN id SET DEFAULT nextval('public.score_id_seq'::regclass);


--
-- Name: study id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study ALTER COLUMN id SET DEFAULT nextval('public.study_id_seq'::regclass);


--
-- Name: tensor id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor ALTER COLUMN id SET DEFAULT nextval('public.tensor_id_seq'::regclass);


--
-- Name: training_curve id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve ALTER COLUMN id SET DEFAULT nextval('public.training_curve_id_seq'::regclass);


--
-- Name: verdict id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.verdict ALTER COLUMN id SET DEFAULT nextval('public.verdict_id_seq'::regclass);


--
-- Data for Name: cell; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cell (id, key, kind, runner, content, state, lease_owner, lease_expires, attempts, last_error, traceback, created_at, started_at, finished_at, provenance_id) FROM stdin;
2	33c32cf3455ab523c7587529e4af12f3	train	toy-train	{"dataset":"a","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.125007	1796700827.161769	2
3	0d7d89e6263afd1fb3c798b235b25dff	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.171578	1796700827.204653	3
5	eb81582a0852f946bd0a517d36fb9328	train	toy-train	{"dataset":"a","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.263663	1796700827.300736	5
6	87cc8a3368cbfdd0f8b85181233b20b0	train	toy-train	{"dataset":"a","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.307707	1796700827.353302	6
7	cd21685e4b0c3f2c7ef0b1418d8e2e71	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.366871	1796700827.400786	7
8	854a96913fa5191ac51d5a7d4d9b069f	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.41721	1796700827.452494	8
9	bd32817752d83a1e5952abd84853c762	train	toy-train	{"dataset":"b","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.46312	1796700827.492017	9
10	f94b941493063104c57956b694d08711	train	toy-train	{"dataset":"b","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.501635	1796700827.545384	10
11	8ea82c78d6ff8630ff58175e09d96414	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.558737	1796700827.614336	11
12	e74da55aa03350b59d91bed2cf6191a8	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.628353	1796700827.646446	12
14	3134498c9eae9a87cbd770cde3ecec23	train	toy-train	{"dataset":"b","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.669803	1796700827.705764	14
15	916647d1aca7f9c2ae8bfe7645371d78	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.718451	1796700827.760857	15
16	f8043e0633b9ae0f86cd0f339251ae99	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.771759	1796700827.812717	16
17	d61daa0c1d24b9f1029be399ff176137	represent	toy-represent	{"kind":"represent","parent":"911a56f44ce11c1684718822a0cf34b0","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.821192	1796700827.873293	17
18	4203fb7ae3b3ddd37baa718a800e238b	represent	toy-represent	{"kind":"represent","parent":"33c32cf3455ab523c7587529e4af12f3","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.884767	1796700827.921078	18
19	12e615c413ca8d09ef8033bdd29eb3cc	represent	toy-represent	{"kind":"represent","parent":"0d7d89e6263afd1fb3c798b235b25dff","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.933317	1796700827.962159	19
20	b932c2ce0c3da309a58f77662f40f62c	represent	toy-represent	{"kind":"represent","parent":"d8b685f9d1d930b32a9710b3f0572b6e","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.973141	1796700828.004282	20
21	a1d2d2ecf35b658b2208ee9ae5d33ad1	represent	toy-represent	{"kind":"represent","parent":"eb81582a0852f946bd0a517d36fb9328","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.014206	1796700828.046104	21
23	7017b0fcd253f494993d64fbf1e9a7d5	represent	toy-represent	{"kind":"represent","parent":"cd21685e4b0c3f2c7ef0b1418d8e2e71","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.090166	1796700828.117696	23
24	5012ac32970db48ad50c8da2a8afb79b	represent	toy-represent	{"kind":"represent","parent":"854a96913fa5191ac51d5a7d4d9b069f","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.129334	1796700828.156443	24
25	477413313462ae08d58ab15428f13a10	represent	toy-represent	{"kind":"represent","parent":"bd32817752d83a1e5952abd84853c762","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.161995	1796700828.19494	25
26	3a9a4fcf2982f485949ca188911ad9f4	represent	toy-represent	{"kind":"represent","parent":"f94b941493063104c57956b694d08711","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.206264	1796700828.23816	26
27	0263c14b04c945950e53ecef56c31779	represent	toy-represent	{"kind":"represent","parent":"8ea82c78d6ff8630ff58175e09d96414","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.251148	1796700828.283695	27
28	9a88272b7d555679a4be4396b76a2325	represent	toy-represent	{"kind":"represent","parent":"e74da55aa03350b59d91bed2cf6191a8","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.290118	1796700828.319329	28
29	edc89db2971beeac51cb7b075e26393c	represent	toy-represent	{"kind":"represent","parent":"ce1228ecabd549823b6a0f1a173bc6ee","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.329014	1796700828.354138	29
31	55475e3488abd2f9d4811e429df0c344	represent	toy-represent	{"kind":"represent","parent":"916647d1aca7f9c2ae8bfe7645371d78","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.402399	1796700828.544982	31
32	3e66bb248986d234ac30c1d962d6504f	represent	toy-represent	{"kind":"represent","parent":"f8043e0633b9ae0f86cd0f339251ae99","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.557398	1796700828.585153	32
34	ab049a361fd2a6da5685e4e05eef2939	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"d61daa0c1d24b9f1029be399ff176137","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.631278	1796700828.649963	34
35	1f87b9e226a24b0f1e64aede75a85a15	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"d61daa0c1d24b9f1029be399ff176137","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.658541	1796700828.680698	35
37	83fe49cfc3323b00557a439e31843b6f	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"4203fb7ae3b3ddd37baa718a800e238b","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.718106	1796700828.737995	37
38	a0031121edfa3b6f2bbab3c256edeea1	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"4203fb7ae3b3ddd37baa718a800e238b","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.749244	1796700828.767895	38
39	cdabfc06cfe832a20359975d15815f39	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"4203fb7ae3b3ddd37baa718a800e238b","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.774167	1796700828.792801	39
40	58a043871584e513e45d38cfb0736ec3	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"4203fb7ae3b3ddd37baa718a800e238b","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.79817	1796700828.817641	40
41	ab36fbea9bfb6f0fdc780adbe8422007	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"12e615c413ca8d09ef8033bdd29eb3cc","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.838472	1796700828.860483	41
42	1e9a59136bc6a2ba67bde93b820d18d6	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"12e615c413ca8d09ef8033bdd29eb3cc","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.870683	1796700828.89712	42
43	42d69f6f2db40c9cdc470892cfbf88ed	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"12e615c413ca8d09ef8033bdd29eb3cc","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.906434	1796700828.932611	43
44	c1e74c8e8163f6cb27046ee9b125a623	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"12e615c413ca8d09ef8033bdd29eb3cc","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.941457	1796700828.961814	44
45	2889085db6f40b03f7b3a00595e3a975	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"b932c2ce0c3da309a58f77662f40f62c","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.973783	1796700829.004056	45
46	829c47cfca8a4b7f1021470024852129	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"b932c2ce0c3da309a58f77662f40f62c","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.014134	1796700829.036829	46
48	fdfdb3c47a44097d21d97e8d29619719	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"b932c2ce0c3da309a58f77662f40f62c","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.082233	1796700829.109237	48
49	27c52b7c5a123c569fc4c1674f4ac7d9	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"a1d2d2ecf35b658b2208ee9ae5d33ad1","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.122531	1796700829.157258	49
50	a552be2979e1e318ff87739796d5a1b1	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"a1d2d2ecf35b658b2208ee9ae5d33ad1","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.163692	1796700829.188386	50
51	012c6bbba71ebee6b9852454609beb0e	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"a1d2d2ecf35b658b2208ee9ae5d33ad1","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.197768	1796700829.220597	51
52	c4942847b4608dbcad74b862e0e90d90	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"a1d2d2ecf35b658b2208ee9ae5d33ad1","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.235198	1796700829.254158	52
53	967d6e2beca57df515d836181f474bbd	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"8e035a78b056ee34fb0bbc5010902acf","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.26388	1796700829.285967	53
54	68db8859ce7fcf772b46022adf15ef5a	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"8e035a78b056ee34fb0bbc5010902acf","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.297413	1796700829.325166	54
55	be0ecf15fba812746fdcc6ce85ff335b	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"8e035a78b056ee34fb0bbc5010902acf","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.336872	1796700829.35854	55
56	6de106cec6c6ce447ecf8f99cb0b8b8c	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"8e035a78b056ee34fb0bbc5010902acf","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.366768	1796700829.392922	56
57	ba325568d0128d0ffdca6a073c0cb840	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"7017b0fcd253f494993d64fbf1e9a7d5","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.39931	1796700829.4344	57
59	48baf7477f0ff87e40925f73c2f4500c	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"7017b0fcd253f494993d64fbf1e9a7d5","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.478903	1796700829.509298	59
60	ed02e7210661eda735faed6da0c477b8	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"7017b0fcd253f494993d64fbf1e9a7d5","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.522879	1796700829.541414	60
62	aa7a0559a364bba1e26b947cea5c2e85	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"5012ac32970db48ad50c8da2a8afb79b","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.57165	1796700829.587092	62
63	5fab89b1775f09998b064db5beebf100	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"5012ac32970db48ad50c8da2a8afb79b","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.596876	1796700829.617022	63
65	e9a801e9cb577482023e3f3a764a5992	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"477413313462ae08d58ab15428f13a10","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.673438	1796700829.696762	65
66	3edadcff357423585b7eba4a2aa22e84	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"477413313462ae08d58ab15428f13a10","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.706326	1796700829.732944	66
67	aa0163a56ad11a3ee65704470f9c42b8	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"477413313462ae08d58ab15428f13a10","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.745253	1796700829.76664	67
68	e739862e05fd2473fa2b0c77c52e5f38	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"477413313462ae08d58ab15428f13a10","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.770883	1796700829.786927	68
69	ac9c3dd0034ddc0aa5dd0b46de1f5ecc	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"3a9a4fcf2982f485949ca188911ad9f4","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.798393	1796700829.816549	69
70	fd3eee591fc7983868f7cf42b7b6a768	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"3a9a4fcf2982f485949ca188911ad9f4","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.829162	1796700829.851394	70
71	080bce27df0a1dd341c3fd2943022846	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"3a9a4fcf2982f485949ca188911ad9f4","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.862235	1796700829.881722	71
72	e734c89aee020c1762121d44bf377ce2	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"3a9a4fcf2982f485949ca188911ad9f4","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.889029	1796700829.920855	72
73	2e5e7b82be246eb86f8207d32626d175	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"0263c14b04c945950e53ecef56c31779","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.926164	1796700829.950965	73
74	908318aa39e4f4532e65d3f11c3fc756	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"0263c14b04c945950e53ecef56c31779","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.962369	1796700829.987533	74
76	f875b75a114b6a438118d45821cb92e0	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"0263c14b04c945950e53ecef56c31779","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.030225	1796700830.048711	76
77	c3f5253185f01a72bea763d4c05f29f4	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"9a88272b7d555679a4be4396b76a2325","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.058865	1796700830.08329	77
78	02f6dcfc60d8b67eb96ccbd21ed41897	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"9a88272b7d555679a4be4396b76a2325","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.094337	1796700830.104647	78
79	738a2654a3eb43cda27e89ddc4a7aceb	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"9a88272b7d555679a4be4396b76a2325","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.116515	1796700830.144829	79
80	403733cae9fd83141dac05859978f996	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"9a88272b7d555679a4be4396b76a2325","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.150138	1796700830.174272	80
81	bb61bdac822d710d1ea6676f9efef8b9	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"edc89db2971beeac51cb7b075e26393c","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.186316	1796700830.217043	81
82	c6b4e7e0ff648a86ea1d9b148763ba78	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"edc89db2971beeac51cb7b075e26393c","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.2296	1796700830.257117	82
83	cb96d0d6d4e1a51d2c58d01e570930d8	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"edc89db2971beeac51cb7b075e26393c","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.269586	1796700830.300773	83
84	7ed20f44a61047529d3d28329932e6a9	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"edc89db2971beeac51cb7b075e26393c","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.306085	1796700830.323053	84
85	3a1591331e63c29d1ba933a0c25e58ed	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"f471884175bc4186fe923da2ebe9d33b","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.334146	1796700830.354021	85
87	7828cf1bb090c15deb548354dffa7e48	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"f471884175bc4186fe923da2ebe9d33b","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.401111	1796700830.428223	87
88	348bdefe268c629dc3e7519b95331f0c	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"f471884175bc4186fe923da2ebe9d33b","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.441131	1796700830.460183	88
1	911a56f44ce11c1684718822a0cf34b0	train	toy-train	{"dataset":"a","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.023602	1796700827.099415	1
4	d8b685f9d1d930b32a9710b3f0572b6e	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.215586	1796700827.252847	4
13	ce1228ecabd549823b6a0f1a173bc6ee	train	toy-train	{"dataset":"b","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700827.65081	1796700827.661798	13
22	8e035a78b056ee34fb0bbc5010902acf	represent	toy-represent	{"kind":"represent","parent":"87cc8a3368cbfdd0f8b85181233b20b0","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.057292	1796700828.084425	22
30	f471884175bc4186fe923da2ebe9d33b	represent	toy-represent	{"kind":"represent","parent":"3134498c9eae9a87cbd770cde3ecec23","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.36522	1796700828.39281	30
33	22afde3a41b18ccc39d575ef129d77c1	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"d61daa0c1d24b9f1029be399ff176137","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.596194	1796700828.616153	33
36	60b84f56a7adae07d16ba70d5ed07ed7	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"d61daa0c1d24b9f1029be399ff176137","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700828.690288	1796700828.709158	36
47	b41f851a80cf0d0c6b2609118809f6b5	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"b932c2ce0c3da309a58f77662f40f62c","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.046029	1796700829.070678	47
58	afa6f27f98fe521ea59e5d186fd1323e	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"7017b0fcd253f494993d64fbf1e9a7d5","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.449249	1796700829.466803	58
61	f703b75a8c9c7e0151b35ae45e326d83	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"5012ac32970db48ad50c8da2a8afb79b","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.549801	1796700829.563844	61
64	d8708a8d05535d151b7c028bb9798690	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"5012ac32970db48ad50c8da2a8afb79b","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.629405	1796700829.661346	64
75	c9d6f76131f5f6e973aea2d279c9aa27	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"0263c14b04c945950e53ecef56c31779","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700829.998798	1796700830.01891	75
86	89e0b18ff363085e49826cb491705408	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"f471884175bc4186fe923da2ebe9d33b","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.366386	1796700830.38586	86
89	905e993b628e3fa8cfcd52acd4e0bdd5	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"55475e3488abd2f9d4811e429df0c344","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.473406	1796700830.504581	89
90	067bc0937ef32f56b0abe96f5c2715d0	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"55475e3488abd2f9d4811e429df0c344","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.514889	1796700830.544465	90
91	679a2fe88696b6ebce4a77017a2728a8	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"55475e3488abd2f9d4811e429df0c344","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.557114	1796700830.573108	91
92	e0db5ecefdef52f36e045126e7222869	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"55475e3488abd2f9d4811e429df0c344","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.582091	1796700830.597453	92
93	23e8ce2fd36d9217425bf656aadd63c7	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"3e66bb248986d234ac30c1d962d6504f","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.609012	1796700830.632527	93
94	b88811b8ad40b13eea3dd721b0962c48	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"3e66bb248986d234ac30c1d962d6504f","representation":"mean","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.636935	1796700830.653456	94
95	2ad70d4a7b37b4638615cdf8b2edeae0	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"3e66bb248986d234ac30c1d962d6504f","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.665035	1796700830.684536	95
96	f4c1f9bcca7a34793c51224f343ecc0a	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"3e66bb248986d234ac30c1d962d6504f","representation":"sampled","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1796700826.9708679	1796700830.690155	1796700830.703661	96
\.


--
-- Data for Name: cell_dependency; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cell_dependency (child_id, parent_id) FROM stdin;
17	1
18	2
19	3
20	4
21	5
22	6
23	7
24	8
25	9
26	10
27	11
28	12
29	13
30	14
31	15
32	16
33	17
34	17
35	17
36	17
37	18
38	18
39	18
40	18
41	19
42	19
43	19
44	19
45	20
46	20
47	20
48	20
49	21
50	21
51	21
52	21
53	22
54	22
55	22
56	22
57	23
58	23
59	23
60	23
61	24
62	24
63	24
64	24
65	25
66	25
67	25
68	25
69	26
70	26
71	26
72	26
73	27
74	27
75	27
76	27
77	28
78	28
79	28
80	28
81	29
82	29
83	29
84	29
85	30
86	30
87	30
88	30
89	31
90	31
91	31
92	31
93	32
94	32
95	32
96	32
\.


--
-- Data for Name: database_identity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.database_identity (id, created_at) FROM stdin;
f76a7c15084c4631997b69b962fa3bc4	1796700826.1518166
\.


--
-- Data for Name: evaluation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation (id, cell_id, representation_id, metric, profile, eval_seed, provenance_id) FROM stdin;
1	33	1	x	fast	0	33
2	34	1	y	fast	0	34
3	35	2	x	fast	0	35
4	36	2	y	fast	0	36
5	37	3	x	fast	0	37
6	38	3	y	fast	0	38
7	39	4	x	fast	0	39
8	40	4	y	fast	0	40
9	41	5	x	fast	0	41
10	42	5	y	fast	0	42
11	43	6	x	fast	0	43
12	44	6	y	fast	0	44
13	45	7	x	fast	0	45
14	46	7	y	fast	0	46
15	47	8	x	fast	0	47
16	48	8	y	fast	0	48
17	49	9	x	fast	0	49
18	50	9	y	fast	0	50
19	51	10	x	fast	0	51
20	52	10	y	fast	0	52
21	53	11	x	fast	0	53
22	54	11	y	fast	0	54
23	55	12	x	fast	0	55
24	56	12	y	fast	0	56
25	57	13	x	fast	0	57
26	58	13	y	fast	0	58
27	59	14	x	fast	0	59
28	60	14	y	fast	0	60
29	61	15	x	fast	0	61
30	62	15	y	fast	0	62
31	63	16	x	fast	0	63
32	64	16	y	fast	0	64
33	65	17	x	fast	0	65
34	66	17	y	fast	0	66
35	67	18	x	fast	0	67
36	68	18	y	fast	0	68
37	69	19	x	fast	0	69
38	70	19	y	fast	0	70
39	71	20	x	fast	0	71
40	72	20	y	fast	0	72
41	73	21	x	fast	0	73
42	74	21	y	fast	0	74
43	75	22	x	fast	0	75
44	76	22	y	fast	0	76
45	77	23	x	fast	0	77
46	78	23	y	fast	0	78
47	79	24	x	fast	0	79
48	80	24	y	fast	0	80
49	81	25	x	fast	0	81
50	82	25	y	fast	0	82
51	83	26	x	fast	0	83
52	84	26	y	fast	0	84
53	85	27	x	fast	0	85
54	86	27	y	fast	0	86
55	87	28	x	fast	0	87
56	88	28	y	fast	0	88
57	89	29	x	fast	0	89
58	90	29	y	fast	0	90
59	91	30	x	fast	0	91
60	92	30	y	fast	0	92
61	93	31	x	fast	0	93
62	94	31	y	fast	0	94
63	95	32	x	fast	0	95
64	96	32	y	fast	0	96
\.


--
-- Data for Name: expdb_schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.expdb_schema_version (version_num) FROM stdin;
0007
\.


--
-- Data for Name: hyperparameter; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hyperparameter (id, model_id, name, value) FROM stdin;
1	1	beta	1
2	2	beta	2
3	3	gamma	10
4	4	gamma	20
5	5	beta	1
6	6	beta	2
7	7	gamma	10
8	8	gamma	20
9	9	beta	1
10	10	beta	2
11	11	gamma	10
12	12	gamma	20
13	13	beta	1
14	14	beta	2
15	15	gamma	10
16	16	gamma	20
\.


--
-- Data for Name: model; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model (id, cell_id, source, external_id, dataset, method, seed, model_num, runner, steps, batch_size, learning_rate, latent_dim, resolution, data_source, reconstruction_loss, kl_loss, elbo, regularizer, loss, provenance_id) FROM stdin;
1	1	expdb	\N	a	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	1.1001321956144232	0.5500660978072116	-2.2002643912288464	0.5500660978072116	2.2002643912288464	1
2	2	expdb	\N	a	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	0.8738354373017845	0.43691771865089224	-1.747670874603569	0.43691771865089224	1.747670874603569	2
3	3	expdb	\N	a	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	0.4618843426643042	0.2309421713321521	-0.9237686853286085	0.2309421713321521	0.9237686853286085	3
4	4	expdb	\N	a	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	1.3633290630724795	0.6816645315362397	-2.726658126144959	0.6816645315362397	2.726658126144959	4
5	5	expdb	\N	a	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	1.900986323555797	0.9504931617778986	-3.801972647111594	0.9504931617778986	3.801972647111594	5
6	6	expdb	\N	a	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	2.0374109320653977	1.0187054660326988	-4.074821864130795	1.0187054660326988	4.074821864130795	6
7	7	expdb	\N	a	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	2.089385453106549	1.0446927265532746	-4.178770906213098	1.0446927265532746	4.178770906213098	7
8	8	expdb	\N	a	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	1.8675138924331502	0.9337569462165751	-3.7350277848663005	0.9337569462165751	3.7350277848663005	8
9	9	expdb	\N	b	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	0.8477857467222526	0.4238928733611263	-1.6955714934445052	0.4238928733611263	1.6955714934445052	9
10	10	expdb	\N	b	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	1.913462382553301	0.9567311912766505	-3.826924765106602	0.9567311912766505	3.826924765106602	10
11	11	expdb	\N	b	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	2.7532747585812505	1.3766373792906252	-5.506549517162501	1.3766373792906252	5.506549517162501	11
12	12	expdb	\N	b	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	1.6584504746786268	0.8292252373393134	-3.3169009493572537	0.8292252373393134	3.3169009493572537	12
13	13	expdb	\N	b	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	0.8198694420594757	0.4099347210297378	-1.6397388841189513	0.4099347210297378	1.6397388841189513	13
14	14	expdb	\N	b	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	1.7725799881574256	0.8862899940787128	-3.545159976314851	0.8862899940787128	3.545159976314851	14
15	15	expdb	\N	b	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	0.847778200789124	0.423889100394562	-1.695556401578248	0.423889100394562	1.695556401578248	15
16	16	expdb	\N	b	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	2.343267950323284	1.171633975161642	-4.686535900646568	1.171633975161642	4.686535900646568	16
\.


--
-- Data for Name: model_setting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model_setting (id, model_id, name, value_number, value_text) FROM stdin;
1	1	latent_dim	3	\N
2	1	steps	2	\N
3	2	latent_dim	3	\N
4	2	steps	2	\N
5	3	latent_dim	3	\N
6	3	steps	2	\N
7	4	latent_dim	3	\N
8	4	steps	2	\N
9	5	latent_dim	3	\N
10	5	steps	2	\N
11	6	latent_dim	3	\N
12	6	steps	2	\N
13	7	latent_dim	3	\N
14	7	steps	2	\N
15	8	latent_dim	3	\N
16	8	steps	2	\N
17	9	latent_dim	3	\N
18	9	steps	2	\N
19	10	latent_dim	3	\N
20	10	steps	2	\N
21	11	latent_dim	3	\N
22	11	steps	2	\N
23	12	latent_dim	3	\N
24	12	steps	2	\N
25	13	latent_dim	3	\N
26	13	steps	2	\N
27	14	latent_dim	3	\N
28	14	steps	2	\N
29	15	latent_dim	3	\N
30	15	steps	2	\N
31	16	latent_dim	3	\N
32	16	steps	2	\N
\.


--
-- Data for Name: provenance; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.provenance (id, expdb_version, git_commit, python_version, numpy_version, torch_version, sklearn_version, device, host, worker, started_at, finished_at, gang_id, gang_size, threads) FROM stdin;
1	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.0317557	1796700827.0856416	\N	\N	1
2	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.13176	1796700827.159726	\N	\N	1
3	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.1757157	1796700827.197622	\N	\N	1
4	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.2196226	1796700827.245368	\N	\N	1
5	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.2677925	1796700827.2937553	\N	\N	1
6	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.315781	1796700827.3490808	\N	\N	1
7	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.375753	1796700827.3954015	\N	\N	1
8	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.4196303	1796700827.4469972	\N	\N	1
9	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.4643738	1796700827.4901443	\N	\N	1
10	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.507708	1796700827.5399487	\N	\N	1
11	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.5637376	1796700827.6123989	\N	\N	1
12	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.6288	1796700827.6451602	\N	\N	1
13	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.6511714	1796700827.6609166	\N	\N	1
14	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.6715791	1796700827.7038875	\N	\N	1
15	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.7195945	1796700827.754101	\N	\N	1
16	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.7797747	1796700827.80722	\N	\N	1
17	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.8236225	1796700827.8663304	\N	\N	1
18	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.887732	1796700827.9181244	\N	\N	1
19	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.9356403	1796700827.960453	\N	\N	1
20	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700827.975611	1796700828.0025747	\N	\N	1
21	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.0207396	1796700828.0445223	\N	\N	1
22	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.059645	1796700828.0802972	\N	\N	1
23	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.093547	1796700828.116199	\N	\N	1
24	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.1316009	1796700828.1522138	\N	\N	1
25	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.1676557	1796700828.1933556	\N	\N	1
26	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.2116702	1796700828.2366123	\N	\N	1
27	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.2557082	1796700828.277843	\N	\N	1
28	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.2941198	1796700828.317797	\N	\N	1
29	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.3315976	1796700828.3524256	\N	\N	1
30	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.3676229	1796700828.3897088	\N	\N	1
31	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.4076955	1796700828.5429358	\N	\N	1
32	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.5596383	1796700828.5832613	\N	\N	1
33	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.5996938	1796700828.6108353	\N	\N	1
34	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.639554	1796700828.6487882	\N	\N	1
35	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.663674	1796700828.6794329	\N	\N	1
36	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.6956737	1796700828.7078943	\N	\N	1
37	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.723661	1796700828.7366989	\N	\N	1
38	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.7517157	1796700828.7664127	\N	\N	1
39	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.7796843	1796700828.7874794	\N	\N	1
40	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.799576	1796700828.8160534	\N	\N	1
41	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.8436394	1796700828.8567119	\N	\N	1
42	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.8716068	1796700828.8881853	\N	\N	1
43	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.9117188	1796700828.929293	\N	\N	1
44	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.9462156	1796700828.9600344	\N	\N	1
45	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700828.979828	1796700829.0021684	\N	\N	1
46	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.019863	1796700829.0335422	\N	\N	1
47	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.0558105	1796700829.0688992	\N	\N	1
48	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.0838273	1796700829.1042485	\N	\N	1
49	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.1236024	1796700829.1516335	\N	\N	1
50	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.1700683	1796700829.1824596	\N	\N	1
51	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.1988015	1796700829.2155242	\N	\N	1
52	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.2373734	1796700829.2529857	\N	\N	1
53	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.267594	1796700829.284791	\N	\N	1
54	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.2995934	1796700829.3237073	\N	\N	1
55	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.3396182	1796700829.3572536	\N	\N	1
56	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.3704872	1796700829.3886387	\N	\N	1
57	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.40769	1796700829.4295325	\N	\N	1
58	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.4516642	1796700829.463418	\N	\N	1
59	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.4837685	1796700829.5034165	\N	\N	1
60	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.5316343	1796700829.5404222	\N	\N	1
61	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.5520682	1796700829.5628448	\N	\N	1
62	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.5756166	1796700829.586095	\N	\N	1
63	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.5996015	1796700829.6138153	\N	\N	1
64	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.6316423	1796700829.6551993	\N	\N	1
65	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.6756446	1796700829.6934805	\N	\N	1
66	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.7116857	1796700829.7294137	\N	\N	1
67	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.7477005	1796700829.7641585	\N	\N	1
68	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.7756186	1796700829.785688	\N	\N	1
69	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.7996142	1796700829.8129416	\N	\N	1
70	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.831662	1796700829.849806	\N	\N	1
71	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.86773	1796700829.880288	\N	\N	1
72	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.8942087	1796700829.9141715	\N	\N	1
73	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.9317555	1796700829.9494827	\N	\N	1
74	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.963609	1796700829.9790406	\N	\N	1
75	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700829.999613	1796700830.0174465	\N	\N	1
76	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.0316281	1796700830.045343	\N	\N	1
77	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.06374	1796700830.0816875	\N	\N	1
78	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.0956156	1796700830.1034899	\N	\N	1
79	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.1196856	1796700830.1383638	\N	\N	1
80	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.1557472	1796700830.1701014	\N	\N	1
81	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.1917899	1796700830.2144725	\N	\N	1
82	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.2358403	1796700830.2549546	\N	\N	1
83	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.275816	1796700830.2936857	\N	\N	1
84	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.3076134	1796700830.3218136	\N	\N	1
85	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.33562	1796700830.3525348	\N	\N	1
86	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.3676434	1796700830.3844905	\N	\N	1
87	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.407699	1796700830.426403	\N	\N	1
88	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.443706	1796700830.4588423	\N	\N	1
89	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.4756484	1796700830.5009174	\N	\N	1
90	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.5155528	1796700830.533841	\N	\N	1
91	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.55963	1796700830.5716538	\N	\N	1
92	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.5831614	1796700830.5916653	\N	\N	1
93	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.6116438	1796700830.6255915	\N	\N	1
94	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.6396127	1796700830.651926	\N	\N	1
95	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.6676903	1796700830.6779091	\N	\N	1
96	0.1.0	b95eabc15a971213f7612e54856534fa20901e68	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:31188:658ea5a1	1796700830.6916323	1796700830.70241	\N	\N	1
\.


--
-- Data for Name: representation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.representation (id, cell_id, model_id, kind, store_path, n_points, n_dims, dtype, checksum, provenance_id) FROM stdin;
1	17	1	mean	cells/d6/d61daa0c1d24b9f1029be399ff176137/a1-c97e9062	50	3	float32	6d60d48fa7971fdec6d54c589212b721dca07980a301970f1b285da6dd3b7d1a	17
2	17	1	sampled	cells/d6/d61daa0c1d24b9f1029be399ff176137/a1-c97e9062	50	3	float32	6d60d48fa7971fdec6d54c589212b721dca07980a301970f1b285da6dd3b7d1a	17
3	18	2	mean	cells/42/4203fb7ae3b3ddd37baa718a800e238b/a1-28e7e50d	50	3	float32	3e4c9c2c9c4088425756ddd67e25fecaa92548e1549ce3530d3c3851a289a49d	18
4	18	2	sampled	cells/42/4203fb7ae3b3ddd37baa718a800e238b/a1-28e7e50d	50	3	float32	3e4c9c2c9c4088425756ddd67e25fecaa92548e1549ce3530d3c3851a289a49d	18
5	19	3	mean	cells/12/12e615c413ca8d09ef8033bdd29eb3cc/a1-a6861277	50	3	float32	48677ec5ef5dac18ae9db3683d876c67bd1e0b6c2027c60cff4338622c61c051	19
6	19	3	sampled	cells/12/12e615c413ca8d09ef8033bdd29eb3cc/a1-a6861277	50	3	float32	48677ec5ef5dac18ae9db3683d876c67bd1e0b6c2027c60cff4338622c61c051	19
7	20	4	mean	cells/b9/b932c2ce0c3da309a58f77662f40f62c/a1-a1647a96	50	3	float32	35417b96e4221b3bbe71c5976cd49551e64da91aa4dff57151b6a6a3a71a5667	20
8	20	4	sampled	cells/b9/b932c2ce0c3da309a58f77662f40f62c/a1-a1647a96	50	3	float32	35417b96e4221b3bbe71c5976cd49551e64da91aa4dff57151b6a6a3a71a5667	20
9	21	5	mean	cells/a1/a1d2d2ecf35b658b2208ee9ae5d33ad1/a1-fa79f716	50	3	float32	7df26c0dff821c147991eb53b9041634370ed8b4a9ddc3ae3b0f0df718042272	21
10	21	5	sampled	cells/a1/a1d2d2ecf35b658b2208ee9ae5d33ad1/a1-fa79f716	50	3	float32	7df26c0dff821c147991eb53b9041634370ed8b4a9ddc3ae3b0f0df718042272	21
11	22	6	mean	cells/8e/8e035a78b056ee34fb0bbc5010902acf/a1-98cbc773	50	3	float32	d2bdc52c718a95ac1530adcf81adf145d0a44ea6039eafd93d0a61f3e1ece47d	22
12	22	6	sampled	cells/8e/8e035a78b056ee34fb0bbc5010902acf/a1-98cbc773	50	3	float32	d2bdc52c718a95ac1530adcf81adf145d0a44ea6039eafd93d0a61f3e1ece47d	22
13	23	7	mean	cells/70/7017b0fcd253f494993d64fbf1e9a7d5/a1-83e1f14e	50	3	float32	2593645dbfa0b3366d6ae6c2f01f08a04175dc7772abb8761dabe9ef88c38cc3	23
14	23	7	sampled	cells/70/7017b0fcd253f494993d64fbf1e9a7d5/a1-83e1f14e	50	3	float32	2593645dbfa0b3366d6ae6c2f01f08a04175dc7772abb8761dabe9ef88c38cc3	23
15	24	8	mean	cells/50/5012ac32970db48ad50c8da2a8afb79b/a1-db9fcbcd	50	3	float32	1dd1311d6b2d862d1047e8d92e713cef34ba1c2c5efff4566af1bf0789bf69fe	24
16	24	8	sampled	cells/50/5012ac32970db48ad50c8da2a8afb79b/a1-db9fcbcd	50	3	float32	1dd1311d6b2d862d1047e8d92e713cef34ba1c2c5efff4566af1bf0789bf69fe	24
17	25	9	mean	cells/47/477413313462ae08d58ab15428f13a10/a1-bbb7bd6f	50	3	float32	f04edc8ea9779f279ba1867b7972cf66333a5ddf8c994f89125bbc34bd585442	25
18	25	9	sampled	cells/47/477413313462ae08d58ab15428f13a10/a1-bbb7bd6f	50	3	float32	f04edc8ea9779f279ba1867b7972cf66333a5ddf8c994f89125bbc34bd585442	25
19	26	10	mean	cells/3a/3a9a4fcf2982f485949ca188911ad9f4/a1-ca484014	50	3	float32	ff5115c2341b52c126c4b388358d2f6255a37fc97f51363f51cb21deb48a20f9	26
20	26	10	sampled	cells/3a/3a9a4fcf2982f485949ca188911ad9f4/a1-ca484014	50	3	float32	ff5115c2341b52c126c4b388358d2f6255a37fc97f51363f51cb21deb48a20f9	26
21	27	11	mean	cells/02/0263c14b04c945950e53ecef56c31779/a1-7933c741	50	3	float32	4c36ce32b5d8486472cbaaa5e0772f4068e2311f1b8b8626d0bc2e5eafd4215f	27
22	27	11	sampled	cells/02/0263c14b04c945950e53ecef56c31779/a1-7933c741	50	3	float32	4c36ce32b5d8486472cbaaa5e0772f4068e2311f1b8b8626d0bc2e5eafd4215f	27
23	28	12	mean	cells/9a/9a88272b7d555679a4be4396b76a2325/a1-acb5ff20	50	3	float32	3cd6e50457d876d3b01452b0740475d8de2f2a458f2475d8ff03dfcf053d9ab7	28
24	28	12	sampled	cells/9a/9a88272b7d555679a4be4396b76a2325/a1-acb5ff20	50	3	float32	3cd6e50457d876d3b01452b0740475d8de2f2a458f2475d8ff03dfcf053d9ab7	28
25	29	13	mean	cells/ed/edc89db2971beeac51cb7b075e26393c/a1-89444c07	50	3	float32	d3fc96fb0447fbc00e48e5f22fc0522b005157b2062912f8bd7448fd01e01316	29
26	29	13	sampled	cells/ed/edc89db2971beeac51cb7b075e26393c/a1-89444c07	50	3	float32	d3fc96fb0447fbc00e48e5f22fc0522b005157b2062912f8bd7448fd01e01316	29
27	30	14	mean	cells/f4/f471884175bc4186fe923da2ebe9d33b/a1-a00a25e3	50	3	float32	fe8ec5599b908be5b71b10e3e260b9ae42dca64ef25110da65c348038b34389d	30
28	30	14	sampled	cells/f4/f471884175bc4186fe923da2ebe9d33b/a1-a00a25e3	50	3	float32	fe8ec5599b908be5b71b10e3e260b9ae42dca64ef25110da65c348038b34389d	30
29	31	15	mean	cells/55/55475e3488abd2f9d4811e429df0c344/a1-7f912311	50	3	float32	5b67b10653c5d64577ae1c243fc89ad700f929ccf5068105cbbce0ffc9828ea2	31
30	31	15	sampled	cells/55/55475e3488abd2f9d4811e429df0c344/a1-7f912311	50	3	float32	5b67b10653c5d64577ae1c243fc89ad700f929ccf5068105cbbce0ffc9828ea2	31
31	32	16	mean	cells/3e/3e66bb248986d234ac30c1d962d6504f/a1-a9f737aa	50	3	float32	6c18837e387a12f57b7677254b9cb40c739f30878e27d9e1c34b07de7f5e4f40	32
32	32	16	sampled	cells/3e/3e66bb248986d234ac30c1d962d6504f/a1-a9f737aa	50	3	float32	6c18837e387a12f57b7677254b9cb40c739f30878e27d9e1c34b07de7f5e4f40	32
\.


--
-- Data for Name: score; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.score (id, evaluation_id, name, value) FROM stdin;
1	1	magnitude	1.1588059663772583
2	1	metric_hash	2273246
3	1	spread	1.2394665479660034
4	2	magnitude	1.1588059663772583
5	2	metric_hash	11207834
6	2	spread	1.2394665479660034
7	3	magnitude	1.1588059663772583
8	3	metric_hash	2066361
9	3	spread	1.2394665479660034
10	4	magnitude	1.1588059663772583
11	4	metric_hash	6338639
12	4	spread	1.2394665479660034
13	5	magnitude	0.9204399585723877
14	5	metric_hash	8650313
15	5	spread	1.0539395809173584
16	6	magnitude	0.9204399585723877
17	6	metric_hash	10486545
18	6	spread	1.0539395809173584
19	7	magnitude	0.9204399585723877
20	7	metric_hash	13478908
21	7	spread	1.0539395809173584
22	8	magnitude	0.9204399585723877
23	8	metric_hash	5808195
24	8	spread	1.0539395809173584
25	9	magnitude	0.4865182042121887
26	9	metric_hash	11220731
27	9	spread	0.3758368194103241
28	10	magnitude	0.4865182042121887
29	10	metric_hash	2005593
30	10	spread	0.3758368194103241
31	11	magnitude	0.4865182042121887
32	11	metric_hash	4380319
33	11	spread	0.3758368194103241
34	12	magnitude	0.4865182042121887
35	12	metric_hash	12707660
36	12	spread	0.3758368194103241
37	13	magnitude	1.4360400438308716
38	13	metric_hash	2656520
39	13	spread	1.7871476411819458
40	14	magnitude	1.4360400438308716
41	14	metric_hash	8559687
42	14	spread	1.7871476411819458
43	15	magnitude	1.4360400438308716
44	15	metric_hash	11804549
45	15	spread	1.7871476411819458
46	16	magnitude	1.4360400438308716
47	16	metric_hash	16645555
48	16	spread	1.7871476411819458
49	17	magnitude	2.0023725032806396
50	17	metric_hash	2606379
51	17	spread	3.004748582839966
52	18	magnitude	2.0023725032806396
53	18	metric_hash	10834622
54	18	spread	3.004748582839966
55	19	magnitude	2.0023725032806396
56	19	metric_hash	76907
57	19	spread	3.004748582839966
58	20	magnitude	2.0023725032806396
59	20	metric_hash	12882984
60	20	spread	3.004748582839966
61	21	magnitude	2.1460726261138916
62	21	metric_hash	9862510
63	21	spread	2.8546040058135986
64	22	magnitude	2.1460726261138916
65	22	metric_hash	6871944
66	22	spread	2.8546040058135986
67	23	magnitude	2.1460726261138916
68	23	metric_hash	12455631
69	23	spread	2.8546040058135986
70	24	magnitude	2.1460726261138916
71	24	metric_hash	7201030
72	24	spread	2.8546040058135986
73	25	magnitude	2.200819492340088
74	25	metric_hash	12202581
75	25	spread	2.518251419067383
76	26	magnitude	2.200819492340088
77	26	metric_hash	11511538
78	26	spread	2.518251419067383
79	27	magnitude	2.200819492340088
80	27	metric_hash	4766455
81	27	spread	2.518251419067383
82	28	magnitude	2.200819492340088
83	28	metric_hash	15532775
84	28	spread	2.518251419067383
85	29	magnitude	1.9671146869659424
86	29	metric_hash	16188343
87	29	spread	1.9260517358779907
88	30	magnitude	1.9671146869659424
89	30	metric_hash	11172357
90	30	spread	1.9260517358779907
91	31	magnitude	1.9671146869659424
92	31	metric_hash	6269833
93	31	spread	1.9260517358779907
94	32	magnitude	1.9671146869659424
95	32	metric_hash	14184586
96	32	spread	1.9260517358779907
97	33	magnitude	0.8930010199546814
98	33	metric_hash	15312897
99	33	spread	0.6330959796905518
100	34	magnitude	0.8930010199546814
101	34	metric_hash	4119260
102	34	spread	0.6330959796905518
103	35	magnitude	0.8930010199546814
104	35	metric_hash	11141475
105	35	spread	0.6330959796905518
106	36	magnitude	0.8930010199546814
107	36	metric_hash	15153542
108	36	spread	0.6330959796905518
109	37	magnitude	2.0155134201049805
110	37	metric_hash	11312189
111	37	spread	2.2971134185791016
112	38	magnitude	2.0155134201049805
113	38	metric_hash	16596718
114	38	spread	2.2971134185791016
115	39	magnitude	2.0155134201049805
116	39	metric_hash	527310
117	39	spread	2.2971134185791016
118	40	magnitude	2.0155134201049805
119	40	metric_hash	15152328
120	40	spread	2.2971134185791016
121	41	magnitude	2.900116205215454
122	41	metric_hash	3038843
123	41	spread	4.039480209350586
124	42	magnitude	2.900116205215454
125	42	metric_hash	9470744
126	42	spread	4.039480209350586
127	43	magnitude	2.900116205215454
128	43	metric_hash	13227767
129	43	spread	4.039480209350586
130	44	magnitude	2.900116205215454
131	44	metric_hash	16283063
132	44	spread	4.039480209350586
133	45	magnitude	1.746901273727417
134	45	metric_hash	12842277
135	45	spread	1.954677939414978
136	46	magnitude	1.746901273727417
137	46	metric_hash	194268
138	46	spread	1.954677939414978
139	47	magnitude	1.746901273727417
140	47	metric_hash	7572006
141	47	spread	1.954677939414978
142	48	magnitude	1.746901273727417
143	48	metric_hash	4208435
144	48	spread	1.954677939414978
145	49	magnitude	0.8635957837104797
146	49	metric_hash	12280253
147	49	spread	1.0969825983047485
148	50	magnitude	0.8635957837104797
149	50	metric_hash	13022439
150	50	spread	1.0969825983047485
151	51	magnitude	0.8635957837104797
152	51	metric_hash	13342416
153	51	spread	1.0969825983047485
154	52	magnitude	0.8635957837104797
155	52	metric_hash	8311311
156	52	spread	1.0969825983047485
157	53	magnitude	1.8671175241470337
158	53	metric_hash	3806609
159	53	spread	2.796055555343628
160	54	magnitude	1.8671175241470337
161	54	metric_hash	9035953
162	54	spread	2.796055555343628
163	55	magnitude	1.8671175241470337
164	55	metric_hash	7874767
165	55	spread	2.796055555343628
166	56	magnitude	1.8671175241470337
167	56	metric_hash	3443678
168	56	spread	2.796055555343628
169	57	magnitude	0.8929929733276367
170	57	metric_hash	9461401
171	57	spread	1.1668431758880615
172	58	magnitude	0.8929929733276367
173	58	metric_hash	424896
174	58	spread	1.1668431758880615
175	59	magnitude	0.8929929733276367
176	59	metric_hash	6789679
177	59	spread	1.1668431758880615
178	60	magnitude	0.8929929733276367
179	60	metric_hash	14736222
180	60	spread	1.1668431758880615
181	61	magnitude	2.4682421684265137
182	61	metric_hash	2353358
183	61	spread	2.1351938247680664
184	62	magnitude	2.4682421684265137
185	62	metric_hash	12093457
186	62	spread	2.1351938247680664
187	63	magnitude	2.4682421684265137
188	63	metric_hash	2807565
189	63	spread	2.1351938247680664
190	64	magnitude	2.4682421684265137
191	64	metric_hash	16040441
192	64	spread	2.1351938247680664
\.


--
-- Data for Name: study; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.study (id, name, description, spec_sha256, spec_text, created_at, updated_at) FROM stdin;
1	upgrade-toy		850ae944fc6cdd2621605361b1231abd32b53e2d2b2b35db44fcba94e053576e	# The study every upgrade fixture holds (tests/upgrades/make.py): toy runners, 112 cells.\n\n[study]\nname = "upgrade-toy"\n\n[train]\nrunner = "toy-train"\nsteps = 2\n\n[grid.root]\nproduct = ["dataset", "seed", "methods"]\n\n[grid.dataset]\naxis = "dataset"\nvalues = ["a", "b"]\n\n[grid.seed]\naxis = "seed"\nrange = [0, 2]\n\n[grid.methods]\nchain = ["m1", "m2"]\n\n[grid.m1]\nfixed = { method = "m1" }\nzip = { beta = [1, 2] }\n\n[grid.m2]\nfixed = { method = "m2" }\nzip = { gamma = [10, 20] }\n\n[represent]\nrunner = "toy-represent"\n\n[evaluate]\nrunner = "toy-evaluate"\nmetrics = ["x", "y"]\n\n	1796700826.9670367	1796700826.9670367
\.


--
-- Data for Name: study_cell; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.study_cell (study_id, cell_id) FROM stdin;
1	1
1	2
1	3
1	4
1	5
1	6
1	7
1	8
1	9
1	10
1	11
1	12
1	13
1	14
1	15
1	16
1	17
1	18
1	19
1	20
1	21
1	22
1	23
1	24
1	25
1	26
1	27
1	28
1	29
1	30
1	31
1	32
1	33
1	34
1	35
1	36
1	37
1	38
1	39
1	40
1	41
1	42
1	43
1	44
1	45
1	46
1	47
1	48
1	49
1	50
1	51
1	52
1	53
1	54
1	55
1	56
1	57
1	58
1	59
1	60
1	61
1	62
1	63
1	64
1	65
1	66
1	67
1	68
1	69
1	70
1	71
1	72
1	73
1	74
1	75
1	76
1	77
1	78
1	79
1	80
1	81
1	82
1	83
1	84
1	85
1	86
1	87
1	88
1	89
1	90
1	91
1	92
1	93
1	94
1	95
1	96
\.


--
-- Data for Name: tensor; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tensor (id, cell_id, name, path, shape, dtype, nbytes, checksum) FROM stdin;
1	1	weights	cells/91/911a56f44ce11c1684718822a0cf34b0/a1-17bf0226/weights	3	float32	12	14b095994a81fb7840cd8d3f430387422efd5e7e236aba30074dbbe3bed7b3c2
2	2	weights	cells/33/33c32cf3455ab523c7587529e4af12f3/a1-31177442/weights	3	float32	12	d417402efe149b4283231a937bdbb153c569cc540212ae4e21a896278863f322
3	3	weights	cells/0d/0d7d89e6263afd1fb3c798b235b25dff/a1-2c324e5b/weights	3	float32	12	615be354a148ca46fc6cdf96e2a9409076d5ede2fb5d359f9b672496044b4afa
4	4	weights	cells/d8/d8b685f9d1d930b32a9710b3f0572b6e/a1-3912b7dd/weights	3	float32	12	47a0e5bd8931f3fc23c3af3f8578c1c79b93f10412523ef83ca65539b8d93c69
5	5	weights	cells/eb/eb81582a0852f946bd0a517d36fb9328/a1-a68ec652/weights	3	float32	12	f9fdeab411782c533246b97cbc26744807cba507be8a75be55e7fea2e9ee351a
6	6	weights	cells/87/87cc8a3368cbfdd0f8b85181233b20b0/a1-60647b3d/weights	3	float32	12	b2711a0858f0de879bb166811148a5ad1a4f51dcf6ea00066c915d3d98c46323
7	7	weights	cells/cd/cd21685e4b0c3f2c7ef0b1418d8e2e71/a1-55a5e4c9/weights	3	float32	12	bb31dbed370bb8336c98a82f18775f6ed627c6bbd7ce7d8be532e224eca0585d
8	8	weights	cells/85/854a96913fa5191ac51d5a7d4d9b069f/a1-a94b956a/weights	3	float32	12	c660c542d41c8f207a5e5b0e8abf7dd6e86f4cebc2776454b3d47987cd496c46
9	9	weights	cells/bd/bd32817752d83a1e5952abd84853c762/a1-877861c8/weights	3	float32	12	426093c82a05a01bfafc965df22394f717da13392aeb1caffc68cef93173b4be
10	10	weights	cells/f9/f94b941493063104c57956b694d08711/a1-dd9c3790/weights	3	float32	12	cba1de38a6bedfdb63f994812dd7ddfcb4695d73c9609e8c8dcf7c4a9f182bcd
11	11	weights	cells/8e/8ea82c78d6ff8630ff58175e09d96414/a1-6bb5c041/weights	3	float32	12	69f2515494dcb0c573f939c4657226c918c0f65e6f7fa551572e661f4b9b04d8
12	12	weights	cells/e7/e74da55aa03350b59d91bed2cf6191a8/a1-7374a8cc/weights	3	float32	12	07218f31ee3737d3fdec8761541692901120b16a3d0c794b80ebca329d836a33
13	13	weights	cells/ce/ce1228ecabd549823b6a0f1a173bc6ee/a1-07e396c2/weights	3	float32	12	6ee4a217e4efe92869277a3969f4554c5bf429d58010395f4cd3061f3cd08fc6
14	14	weights	cells/31/3134498c9eae9a87cbd770cde3ecec23/a1-d0022b98/weights	3	float32	12	cf64ca826f9588003947ca5ebb98258399cb4f3a66767c092167c1e0ac1f7230
15	15	weights	cells/91/916647d1aca7f9c2ae8bfe7645371d78/a1-8c10faf7/weights	3	float32	12	6c9794c926a49ed08f3c952f1831e3502538e23b304d5810ed4c4a99b9a4cf92
16	16	weights	cells/f8/f8043e0633b9ae0f86cd0f339251ae99/a1-091e0175/weights	3	float32	12	42fd2bb6c32c60f2ba79c3adc13af1985959d1e92d2753308ea34aecde114717
17	17	mean	cells/d6/d61daa0c1d24b9f1029be399ff176137/a1-c97e9062/mean	50,3	float32	600	5f4f2a5c8f238ee587b0926814c5c4631d6816b40079228a2bc3dc809142d9d3
18	17	logvar	cells/d6/d61daa0c1d24b9f1029be399ff176137/a1-c97e9062/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
19	17	factors	cells/d6/d61daa0c1d24b9f1029be399ff176137/a1-c97e9062/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
20	18	mean	cells/42/4203fb7ae3b3ddd37baa718a800e238b/a1-28e7e50d/mean	50,3	float32	600	35f2367cb7e391a0c6003fadac777858e27d7c2f2cfae7336ce9ff6c60c17d08
21	18	logvar	cells/42/4203fb7ae3b3ddd37baa718a800e238b/a1-28e7e50d/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
22	18	factors	cells/42/4203fb7ae3b3ddd37baa718a800e238b/a1-28e7e50d/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
23	19	mean	cells/12/12e615c413ca8d09ef8033bdd29eb3cc/a1-a6861277/mean	50,3	float32	600	97a6d7d8e9523c18dde60776e9fdba863700a23935ce0c1e746b505db3c6154e
24	19	logvar	cells/12/12e615c413ca8d09ef8033bdd29eb3cc/a1-a6861277/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
25	19	factors	cells/12/12e615c413ca8d09ef8033bdd29eb3cc/a1-a6861277/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
26	20	mean	cells/b9/b932c2ce0c3da309a58f77662f40f62c/a1-a1647a96/mean	50,3	float32	600	6130a8aa40e2072e43d1490eed290dcba98646b8038e4e81578d6baae4655c2f
27	20	logvar	cells/b9/b932c2ce0c3da309a58f77662f40f62c/a1-a1647a96/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
28	20	factors	cells/b9/b932c2ce0c3da309a58f77662f40f62c/a1-a1647a96/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
29	21	mean	cells/a1/a1d2d2ecf35b658b2208ee9ae5d33ad1/a1-fa79f716/mean	50,3	float32	600	066e04c7a5e272c1af5b6421b543dfcdc043423476168a269a1c782bfda753e9
30	21	logvar	cells/a1/a1d2d2ecf35b658b2208ee9ae5d33ad1/a1-fa79f716/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
31	21	factors	cells/a1/a1d2d2ecf35b658b2208ee9ae5d33ad1/a1-fa79f716/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
32	22	mean	cells/8e/8e035a78b056ee34fb0bbc5010902acf/a1-98cbc773/mean	50,3	float32	600	ba439709118ea2fab17d6dba3a6ffdb17fd05a40e5f03c6244a17ea7f3da4e05
33	22	logvar	cells/8e/8e035a78b056ee34fb0bbc5010902acf/a1-98cbc773/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
34	22	factors	cells/8e/8e035a78b056ee34fb0bbc5010902acf/a1-98cbc773/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
35	23	mean	cells/70/7017b0fcd253f494993d64fbf1e9a7d5/a1-83e1f14e/mean	50,3	float32	600	2bd308b4dac283c4cd1dd3c456d523f34a52025de08c15e9f029ce3cc549a868
36	23	logvar	cells/70/7017b0fcd253f494993d64fbf1e9a7d5/a1-83e1f14e/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
37	23	factors	cells/70/7017b0fcd253f494993d64fbf1e9a7d5/a1-83e1f14e/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
38	24	mean	cells/50/5012ac32970db48ad50c8da2a8afb79b/a1-db9fcbcd/mean	50,3	float32	600	56340250d4f141796e5224daf1d33709af5d943f2fda27f44bd6b0b0a89de2b2
39	24	logvar	cells/50/5012ac32970db48ad50c8da2a8afb79b/a1-db9fcbcd/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
40	24	factors	cells/50/5012ac32970db48ad50c8da2a8afb79b/a1-db9fcbcd/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
41	25	mean	cells/47/477413313462ae08d58ab15428f13a10/a1-bbb7bd6f/mean	50,3	float32	600	20c6649dc53e3f8e0df05f7d50973d357187a64ec982ee356591312b7ee05992
42	25	logvar	cells/47/477413313462ae08d58ab15428f13a10/a1-bbb7bd6f/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
43	25	factors	cells/47/477413313462ae08d58ab15428f13a10/a1-bbb7bd6f/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
44	26	mean	cells/3a/3a9a4fcf2982f485949ca188911ad9f4/a1-ca484014/mean	50,3	float32	600	e849b0a07805d2a869c0dbe1e08af20e554f5ad3cc0b79d57db59ad03d7263a2
45	26	logvar	cells/3a/3a9a4fcf2982f485949ca188911ad9f4/a1-ca484014/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
46	26	factors	cells/3a/3a9a4fcf2982f485949ca188911ad9f4/a1-ca484014/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
47	27	mean	cells/02/0263c14b04c945950e53ecef56c31779/a1-7933c741/mean	50,3	float32	600	30a2a7532476f6913d729075fce86ce6e761071c2e653977099056b969ec1008
48	27	logvar	cells/02/0263c14b04c945950e53ecef56c31779/a1-7933c741/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
49	27	factors	cells/02/0263c14b04c945950e53ecef56c31779/a1-7933c741/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
50	28	mean	cells/9a/9a88272b7d555679a4be4396b76a2325/a1-acb5ff20/mean	50,3	float32	600	8f450834981b2fca237fe9367f5654c889c65804ec314a23cf6cbe210150ecab
51	28	logvar	cells/9a/9a88272b7d555679a4be4396b76a2325/a1-acb5ff20/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
52	28	factors	cells/9a/9a88272b7d555679a4be4396b76a2325/a1-acb5ff20/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
53	29	mean	cells/ed/edc89db2971beeac51cb7b075e26393c/a1-89444c07/mean	50,3	float32	600	b58e86bc7e63f00f2a34407e74cada3e4b2e1b3d2e07df9f829dde44aea765bf
54	29	logvar	cells/ed/edc89db2971beeac51cb7b075e26393c/a1-89444c07/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
55	29	factors	cells/ed/edc89db2971beeac51cb7b075e26393c/a1-89444c07/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
56	30	mean	cells/f4/f471884175bc4186fe923da2ebe9d33b/a1-a00a25e3/mean	50,3	float32	600	9271a9247f789f854fd5f9f97039956648b37dd1e1b7ee20d74806ff9987390f
57	30	logvar	cells/f4/f471884175bc4186fe923da2ebe9d33b/a1-a00a25e3/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
58	30	factors	cells/f4/f471884175bc4186fe923da2ebe9d33b/a1-a00a25e3/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
59	31	mean	cells/55/55475e3488abd2f9d4811e429df0c344/a1-7f912311/mean	50,3	float32	600	7fe45cc520f7ea06358cb172bbe4d78e5c5f1b0db708d5ba75cc2a0caf6e112a
60	31	logvar	cells/55/55475e3488abd2f9d4811e429df0c344/a1-7f912311/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
61	31	factors	cells/55/55475e3488abd2f9d4811e429df0c344/a1-7f912311/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
62	32	mean	cells/3e/3e66bb248986d234ac30c1d962d6504f/a1-a9f737aa/mean	50,3	float32	600	5f762c4a8f982e22ed8dd37c003a824fe72662df3cd9e6df269a747f5c96e7e3
63	32	logvar	cells/3e/3e66bb248986d234ac30c1d962d6504f/a1-a9f737aa/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
64	32	factors	cells/3e/3e66bb248986d234ac30c1d962d6504f/a1-a9f737aa/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
\.


--
-- Data for Name: training_curve; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.training_curve (id, model_id, step, name, value) FROM stdin;
1	1	2	loss	2.2002643912288464
2	2	2	loss	1.747670874603569
3	3	2	loss	0.9237686853286085
4	4	2	loss	2.726658126144959
5	5	2	loss	3.801972647111594
6	6	2	loss	4.074821864130795
7	7	2	loss	4.178770906213098
8	8	2	loss	3.7350277848663005
9	9	2	loss	1.6955714934445052
10	10	2	loss	3.826924765106602
11	11	2	loss	5.506549517162501
12	12	2	loss	3.3169009493572537
13	13	2	loss	1.6397388841189513
14	14	2	loss	3.545159976314851
15	15	2	loss	1.695556401578248
16	16	2	loss	4.686535900646568
\.


--
-- Data for Name: verdict; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.verdict (id, study_id, claim, profile, verdict, severity, measured, interval_low, interval_high, n, offending_rows, result, expdb_version, git_commit, recorded_at) FROM stdin;
\.


--
-- Name: cell_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.cell_id_seq', 96, true);


--
-- Name: evaluation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_id_seq', 64, true);


--
-- Name: hyperparameter_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hyperparameter_id_seq', 16, true);


--
-- Name: model_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.model_id_seq', 16, true);


--
-- Name: model_setting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.model_setting_id_seq', 32, true);


--
-- Name: provenance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.provenance_id_seq', 96, true);


--
-- Name: representation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.representation_id_seq', 32, true);


--
-- Name: score_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.score_id_seq', 192, true);


--
-- Name: study_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.study_id_seq', 1, true);


--
-- Name: tensor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tensor_id_seq', 64, true);


--
-- Name: training_curve_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.training_curve_id_seq', 16, true);


--
-- Name: verdict_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.verdict_id_seq', 1, false);


--
-- Name: cell_dependency cell_dependency_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell_dependency
    ADD CONSTRAINT cell_dependency_pkey PRIMARY KEY (child_id, parent_id);


--
-- Name: cell cell_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell
    ADD CONSTRAINT cell_key_key UNIQUE (key);


--
-- Name: cell cell_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell
    ADD CONSTRAINT cell_pkey PRIMARY KEY (id);


--
-- Name: database_identity database_identity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.database_identity
    ADD CONSTRAINT database_identity_pkey PRIMARY KEY (id);


--
-- Name: evaluation evaluation_cell_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_cell_id_key UNIQUE (cell_id);


--
-- Name: evaluation evaluation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_pkey PRIMARY KEY (id);


--
-- Name: expdb_schema_version expdb_schema_version_pkc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expdb_schema_version
    ADD CONSTRAINT expdb_schema_version_pkc PRIMARY KEY (version_num);


--
-- Name: hyperparameter hyperparameter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter
    ADD CONSTRAINT hyperparameter_pkey PRIMARY KEY (id);


--
-- Name: model model_cell_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_cell_id_key UNIQUE (cell_id);


--
-- Name: model model_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_pkey PRIMARY KEY (id);


--
-- Name: model_setting model_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting
    ADD CONSTRAINT model_setting_pkey PRIMARY KEY (id);


--
-- Name: provenance provenance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provenance
    ADD CONSTRAINT provenance_pkey PRIMARY KEY (id);


--
-- Name: representation representation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_pkey PRIMARY KEY (id);


--
-- Name: score score_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score
    ADD CONSTRAINT score_pkey PRIMARY KEY (id);


--
-- Name: study_cell study_cell_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_cell
    ADD CONSTRAINT study_cell_pkey PRIMARY KEY (study_id, cell_id);


--
-- Name: study study_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study
    ADD CONSTRAINT study_name_key UNIQUE (name);


--
-- Name: study study_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study
    ADD CONSTRAINT study_pkey PRIMARY KEY (id);


--
-- Name: tensor tensor_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor
    ADD CONSTRAINT tensor_pkey PRIMARY KEY (id);


--
-- Name: training_curve training_curve_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve
    ADD CONSTRAINT training_curve_pkey PRIMARY KEY (id);


--
-- Name: hyperparameter uq_hyperparameter_model_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter
    ADD CONSTRAINT uq_hyperparameter_model_name UNIQUE (model_id, name);


--
-- Name: model_setting uq_model_setting_model_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting
    ADD CONSTRAINT uq_model_setting_model_name UNIQUE (model_id, name);


--
-- Name: representation uq_representation_cell_kind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT uq_representation_cell_kind UNIQUE (cell_id, kind);


--
-- Name: score uq_score_evaluation_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score
    ADD CONSTRAINT uq_score_evaluation_name UNIQUE (evaluation_id, name);


--
-- Name: tensor uq_tensor_cell_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor
    ADD CONSTRAINT uq_tensor_cell_name UNIQUE (cell_id, name);


--
-- Name: training_curve uq_training_curve_point; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve
    ADD CONSTRAINT uq_training_curve_point UNIQUE (model_id, step, name);


--
-- Name: verdict verdict_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.verdict
    ADD CONSTRAINT verdict_pkey PRIMARY KEY (id);


--
-- Name: ix_cell_dependency_parent_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cell_dependency_parent_id ON public.cell_dependency USING btree (parent_id);


--
-- Name: ix_cell_state_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cell_state_kind ON public.cell USING btree (state, kind);


--
-- Name: ix_evaluation_cell_cover; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_evaluation_cell_cover ON public.evaluation USING btree (cell_id, metric, profile, representation_id, eval_seed);


--
-- Name: ix_evaluation_representation_metric; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_evaluation_representation_metric ON public.evaluation USING btree (representation_id, metric);


--
-- Name: ix_hyperparameter_model_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_hyperparameter_model_id ON public.hyperparameter USING btree (model_id);


--
-- Name: ix_model_dataset_method_seed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_dataset_method_seed ON public.model USING btree (dataset, method, seed);


--
-- Name: ix_model_external_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_external_id ON public.model USING btree (external_id);


--
-- Name: ix_model_setting_model_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_setting_model_id ON public.model_setting USING btree (model_id);


--
-- Name: ix_representation_model_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_representation_model_kind ON public.representation USING btree (model_id, kind);


--
-- Name: ix_score_evaluation_cover; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_score_evaluation_cover ON public.score USING btree (evaluation_id, name, value);


--
-- Name: ix_score_evaluation_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_score_evaluation_id ON public.score USING btree (evaluation_id);


--
-- Name: ix_score_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_score_name ON public.score USING btree (name);


--
-- Name: ix_study_cell_cell_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_study_cell_cell_id ON public.study_cell USING btree (cell_id);


--
-- Name: ix_tensor_cell_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tensor_cell_id ON public.tensor USING btree (cell_id);


--
-- Name: ix_training_curve_model_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_training_curve_model_id ON public.training_curve USING btree (model_id);


--
-- Name: ix_verdict_study_claim; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_verdict_study_claim ON public.verdict USING btree (study_id, claim, recorded_at);


--
-- Name: cell_dependency cell_dependency_child_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell_dependency
    ADD CONSTRAINT cell_dependency_child_id_fkey FOREIGN KEY (child_id) REFERENCES public.cell(id);


--
-- Name: cell_dependency cell_dependency_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell_dependency
    ADD CONSTRAINT cell_dependency_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.cell(id);


--
-- Name: cell cell_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell
    ADD CONSTRAINT cell_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: evaluation evaluation_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: evaluation evaluation_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: evaluation evaluation_representation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_representation_id_fkey FOREIGN KEY (representation_id) REFERENCES public.representation(id);


--
-- Name: hyperparameter hyperparameter_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter
    ADD CONSTRAINT hyperparameter_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- Name: model model_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: model model_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: model_setting model_setting_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting
    ADD CONSTRAINT model_setting_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- Name: representation representation_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: representation representation_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- Name: representation representation_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: score score_evaluation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score
    ADD CONSTRAINT score_evaluation_id_fkey FOREIGN KEY (evaluation_id) REFERENCES public.evaluation(id);


--
-- Name: study_cell study_cell_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_cell
    ADD CONSTRAINT study_cell_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: study_cell study_cell_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_cell
    ADD CONSTRAINT study_cell_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.study(id);


--
-- Name: tensor tensor_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor
    ADD CONSTRAINT tensor_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: training_curve training_curve_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve
    ADD CONSTRAINT training_curve_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- Name: verdict verdict_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.verdict
    ADD CONSTRAINT verdict_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.study(id);


--
-- PostgreSQL database dump complete
--

\unrestrict WwuycqeRxhtxvDovhXq7bLCFI65vUdmdStrRYzGUtwijlVelPCs6FO5WkCLCpp0

